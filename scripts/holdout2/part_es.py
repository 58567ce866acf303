# Spanish (ES and Latin America): mostly a bank (Acme Banco: cuentas, tarjetas, préstamos) and
# Acme as an employer.
from common import add, R, IGN, INC, TASK, FU, HTML, html, SPAM_HDR, AUTH, AUTOREPLY, ref, irt

add("es-01-baja-y-borrar-una-linea", "Lucía Fernández <lucia.fernandez@gmail.example>", "baja",
    """Quiero darme de baja y que borren todos mis datos. Gracias.

Lucía Fernández
""", R(["Erasure"], "lucia.fernandez@gmail.example", "Lucía", "Fernández"))

add("es-02-derecho-acceso-formal", "José Antonio García López <ja.garcia.lopez@telefonica.example>", "Ejercicio del derecho de acceso",
    """A la atención del Delegado de Protección de Datos de Acme Corp:

D. José Antonio García López, mayor de edad, con DNI 12345678-Z y domicilio en C/ Mayor 15, 3º B, 28013 Madrid, por medio del presente escrito ejerce el derecho de acceso, de conformidad con el artículo 15 del Reglamento (UE) 2016/679 y el artículo 13 de la Ley Orgánica 3/2018.

SOLICITA:
Que se le facilite, en el plazo máximo de un mes, copia de todos sus datos personales objeto de tratamiento, los fines, los destinatarios a los que se hayan comunicado y el plazo de conservación previsto, incluidas las grabaciones de las llamadas mantenidas con el servicio de atención al cliente.

Se adjunta copia del DNI.

En Madrid, a 10 de noviembre de 2026.

Fdo.: José Antonio García López
""", R(["Access"], "ja.garcia.lopez@telefonica.example", "José Antonio", "García López"))

add("es-03-llamadas-comerciales", "Manuel Ortega <manuel.ortega@hotmail.example>", "llamadas",
    """Buenas tardes,

Me llaman casi a diario de su banco para ofrecerme una tarjeta de crédito y un préstamo preconcedido. No quiero recibir más llamadas comerciales, ni SMS ni correos con publicidad. Les pido que dejen de usar mis datos para esto.

Manuel Ortega
""", R(["Opposition"], "manuel.ortega@hotmail.example", "Manuel", "Ortega"))

add("es-04-rectificar-segundo-apellido", "Carmen Ruiz Delgado <carmen.ruizdelgado@yahoo.example>", "Error en mi segundo apellido",
    """Hola,

En todas las cartas y en la app aparece mi segundo apellido escrito "Delgabo" en lugar de "Delgado" y no coincide con mi DNI, por lo que no puedo firmar digitalmente el contrato de la hipoteca. Por favor, corríjanlo: Carmen Ruiz Delgado.

Un saludo,
Carmen
""", R(["Rectification"], "carmen.ruizdelgado@yahoo.example", "Carmen", "Ruiz Delgado"))

add("es-05-portabilidad-movimientos", "Alejandro Navarro <alex.navarro@proton.example>", "Mis movimientos en formato descargable",
    """Hola,

Voy a cambiar de banco y quiero llevarme mi historial completo de movimientos de la cuenta y de la tarjeta desde 2019 en un formato estructurado y legible por máquina (CSV, OFX o similar), en ejercicio del derecho a la portabilidad. La app solo deja descargar los últimos 12 meses en PDF.

Gracias,
Alejandro Navarro
""", R(["Portability"], "alex.navarro@proton.example", "Alejandro", "Navarro"))

add("es-06-prestamo-denegado-algoritmo", "Raquel Molina <raquel.molina@gmail.example>", "Préstamo denegado sin explicación",
    """Buenos días,

Solicité un préstamo personal de 6.000 € a través de la app y me lo denegaron al instante con el mensaje "su solicitud no cumple nuestros criterios de riesgo". Nadie revisó mi caso.

Solicito que una persona revise esa decisión, conforme al artículo 22 del RGPD, y que me expliquen la lógica aplicada y qué datos se usaron para calcular mi puntuación.

Atentamente,
Raquel Molina
""", R(["AutomatedDecision"], "raquel.molina@gmail.example", "Raquel", "Molina"))

add("es-07-cuanto-tiempo-guardan", "Francisco Javier Romero <fj.romero@movistar.example>", "Consulta",
    """Hola,

Cancelé mi cuenta con ustedes hace tres años. ¿Durante cuánto tiempo conservan mis datos después de cerrar la cuenta? ¿Los comunican a ficheros de solvencia o a otras empresas del grupo? Solo quiero saberlo, no pido nada más por ahora.

Saludos,
Fco. Javier Romero
""", R(["Information"], "fj.romero@movistar.example", "Francisco Javier", "Romero"))

add("es-08-limitacion-deuda-asnef", "Ignacio Serrano <ignacio.serrano@gmail.example>", "Solicitud de limitación del tratamiento",
    """Muy señores míos:

He reclamado ante su servicio de atención al cliente (ref. RC-2026-14477) una deuda de 312 € que me atribuyen por una tarjeta que nunca solicité. Mientras se resuelve la reclamación, solicito la limitación del tratamiento de mis datos conforme al artículo 18 del RGPD, y en particular que no me incluyan en ningún fichero de morosos.

Atentamente,
Ignacio Serrano
""", R(["Restriction"], "ignacio.serrano@gmail.example", "Ignacio", "Serrano"))

add("es-09-abogada-cliente", "Marta Vidal Abogados <marta.vidal@vidal-abogados.example>", "Solicitud de acceso en nombre de D. Pablo Herrera Castillo",
    """Estimados señores:

Me dirijo a ustedes en nombre y representación de D. Pablo Herrera Castillo, según poder que se adjunta, en relación con la ejecución hipotecaria de su vivienda en Valencia.

Por la presente ejercemos el derecho de acceso de mi representado a todos los datos personales que su entidad trata sobre él, incluidas las comunicaciones internas sobre el expediente de impago y los informes de solvencia consultados.

Atentamente,

Marta Vidal
Abogada - Colegiada nº 12.345 ICAV
Vidal Abogados, Gran Vía Marqués del Turia 20, Valencia
""", R(["Access"], "marta.vidal@vidal-abogados.example", "Pablo", "Herrera Castillo", representative="Marta Vidal"))

add("es-10-madre-cuenta-menor", "Rocío Jiménez <rocio.jimenez@hotmail.example>", "Cuenta joven de mi hija",
    """Hola,

Mi hija Sara Jiménez Prieto, de 13 años, tiene una "cuenta joven" con ustedes que abrimos hace años. Vamos a cancelarla y no queremos que sigan teniendo sus datos ni que le envíen publicidad cuando cumpla 18. Por favor, cancelen la cuenta y supriman sus datos.

Soy su madre y tutora legal.

Rocío Jiménez
""", R(["Erasure"], "rocio.jimenez@hotmail.example", "Sara", "Jiménez Prieto", representative="Rocío Jiménez"))

add("es-11-heredero-padre-fallecido", "Enrique Castro <enrique.castro@telefonica.example>", "Fallecimiento de mi padre - D. Ramón Castro Gil",
    """Buenas tardes,

Mi padre, D. Ramón Castro Gil, falleció el pasado 5 de octubre. Soy uno de sus herederos y ya hemos entregado el certificado de defunción y el testamento en la oficina de Zaragoza.

Les pido que dejen de enviar publicidad a su nombre (nos siguen llegando cartas ofreciéndole un seguro de vida) y que eliminen sus datos de sus listas comerciales.

Un saludo,
Enrique Castro
""", R(["Opposition"], "enrique.castro@telefonica.example", "Ramón", "Castro Gil", representative="Enrique Castro"))

add("es-12-derechos-arco-cancelacion", "Guadalupe Morales <lupita.morales@hotmail.example>", "derechos ARCO",
    """Buen día,

Por medio del presente quiero ejercer mi derecho de cancelación (derechos ARCO) sobre mis datos personales. Me registré en su página para abrir una cuenta pero nunca la activé. Ya no deseo que tengan mi información.

Saludos cordiales,
Guadalupe Morales
""", R(["Erasure"], "lupita.morales@hotmail.example", "Guadalupe", "Morales"))

add("es-13-html-copia-datos", "Sergio Martín <sergio.martin@outlook.example>", "Solicitud",
    html("Buenos días,",
         "Quisiera recibir una copia de todos los datos personales que tienen sobre mí, incluidos los datos de "
         "geolocalización que registra la app cuando hago pagos con el móvil.",
         "Gracias,<br>Sergio Martín"),
    R(["Access"], "sergio.martin@outlook.example", "Sergio", "Martín"), ct=HTML)

add("es-14-mayusculas-correos", "paco.ramos63@terra.example", "BASTA YA",
    """LLEVO MESES PIDIENDO QUE DEJEN DE MANDARME CORREOS CON OFERTAS. NO QUIERO NADA DE USTEDES. QUITENME DE SUS LISTAS DE UNA VEZ.

PACO RAMOS
""", R(["Opposition"], "paco.ramos63@terra.example", "Paco", "Ramos"))

add("es-15-carta-enfadada-comisiones", "Pilar Domínguez <pilar.dominguez@gmail.example>", "Reclamación comisiones y cierre de cuenta",
    """Señores:

Llevo 22 años como clienta de su entidad y este año me han cobrado 180 euros en comisiones de mantenimiento sin previo aviso, a pesar de tener domiciliada la pensión. En la oficina de la calle Sierpes me dijeron que "es la nueva política" y que no podían hacer nada.

He presentado una reclamación al Banco de España y voy a trasladar todo mi dinero a otra entidad antes de fin de mes.

Cuando la cuenta esté cerrada, quiero que borren todos mis datos personales de sus sistemas, salvo lo que la ley les obligue a guardar, y que no vuelvan a contactarme. Además exijo la devolución íntegra de las comisiones cobradas.

Pilar Domínguez Vázquez
Sevilla
""", R(["Erasure"], "pilar.dominguez@gmail.example", "Pilar", "Domínguez Vázquez"), encode="latin-1")

add("es-16-quiero-mis-derechos-rgpd", "Diego Sánchez <diegosanchez.92@gmail.example>", "RGPD",
    """Hola, quiero ejercer mis derechos de protección de datos. ¿Cómo lo hago?

Diego
""", R(["Unknown"], "diegosanchez.92@gmail.example", "Diego", "Sánchez"))

add("es-17-familia-reply-to", "Familia López Ibáñez <familia.lopez@movistar.example>", "mis datos",
    """Hola, soy Beatriz López. Soy cotitular de la cuenta con mi marido y quiero saber qué datos personales tienen de mí y recibir una copia. Por favor, contesten a mi correo personal.

Gracias,
Beatriz López Ibáñez
""", R(["Access"], "bea.lopez.ibanez@gmail.example", "Beatriz", "López Ibáñez"),
    headers=["Reply-To: bea.lopez.ibanez@gmail.example"])

add("es-18-reenvio-oficina-inline", "Álvaro Peña <alvaro.pena@acme-corp.example>", "RV: No quiero que compartan mis datos",
    """Hola equipo de privacidad,

Os reenvío el correo de un cliente que llegó al buzón de la oficina 0452. Gracias.

Álvaro

De: Antonio Gil <antonio.gil.m@gmail.example>
Enviado: sábado, 14 de noviembre de 2026 12:40
Para: oficina0452@acme-corp.example
Asunto: No quiero que compartan mis datos

Buenos días,
Me ha llamado una aseguradora diciendo que ustedes les han pasado mis datos como "cliente preferente". Me opongo a que cedan mis datos a terceros con fines comerciales.
Antonio Gil
""", R(["Opposition"], "antonio.gil.m@gmail.example", "Antonio", "Gil"))

add("es-19-reenvio-adjunto-supresion", "Laura Medina <laura.medina@acme-corp.example>", "RV: solicitud",
    "", R(["Access", "Erasure"], "miguel.fuentes@yahoo.example", "Miguel", "Fuentes"),
    attached=("Miguel Fuentes <miguel.fuentes@yahoo.example>", "solicitud",
              """Hola,

Fui cliente de Acme Banco hasta 2023. Quisiera saber qué datos conservan de mí y, después, que los supriman.

Gracias,
Miguel Fuentes
"""),
    note="Buenas, os paso esta solicitud que nos llegó a atención al cliente. Un saludo, Laura\n")

add("es-20-candidato-cv-borrar", "Andrea Prieto <andrea.prieto.rrhh@gmail.example>", "Proceso de selección - Analista de riesgos",
    """Hola,

Participé en el proceso de selección para Analista de Riesgos en Madrid en primavera. Ya no estoy interesada en ofertas futuras; por favor eliminen mi currículum y mis datos de su base de candidatos.

Un saludo,
Andrea Prieto
""", R(["Erasure"], "andrea.prieto.rrhh@gmail.example", "Andrea", "Prieto"))

add("es-21-ex-empleado-nominas-y-expediente", "Rubén Cabrera <ruben.cabrera@gmail.example>", "Expediente personal",
    """Buenas,

Trabajé como cajero en la oficina de Las Palmas hasta marzo. Necesito una copia de mi expediente personal, incluidas las evaluaciones de desempeño y los registros de jornada, porque estoy preparando una demanda.

Rubén Cabrera
""", R(["Access"], "ruben.cabrera@gmail.example", "Rubén", "Cabrera"))

add("es-22-iphone-quitarme-de-todo", "Nerea Etxeberria <nerea.etxeberria@icloud.example>", "publicidad",
    """Hola, por favor no me manden más publicidad por ningún medio. Gracias

Enviado desde mi iPhone
""", R(["Opposition"], "nerea.etxeberria@icloud.example", "Nerea", "Etxeberria"))

add("es-23-direccion-y-telefono-cp1252", "Óscar Vega <oscar.vega@telefonica.example>", "Actualización de mis datos",
    """Buenos días:

Les escribo para que actualicen mis datos de contacto, ya que he cambiado de domicilio y de teléfono:

– Nueva dirección: Avda. de la Constitución 42, 2º izq., 41001 Sevilla
– Nuevo teléfono: 654 321 987

Siguen enviándome los extractos a mi antigua dirección en Huelva.

Un cordial saludo,
Óscar Vega
""", R(["Rectification"], "oscar.vega@telefonica.example", "Óscar", "Vega"), encode="cp1252")

add("es-24-pregunta-tarjeta-y-acceso", "Elena Rubio <elena.rubio@gmail.example>", "Cargo desconocido y datos",
    """Hola,

Me aparece un cargo de 49,99 € en la tarjeta de una empresa que no conozco, ¿me pueden decir cómo lo reclamo?

Y aprovecho: me gustaría obtener una copia de mis datos personales y saber a qué empresas se los han comunicado.

Elena Rubio
""", R(["Access"], "elena.rubio@gmail.example", "Elena", "Rubio"))

add("es-25-oposicion-y-supresion", "Jorge Santos <jorge.santos@ono.example>", "Que me borren",
    """Hace un año cerré todas mis cuentas y todavía me llegan correos con "ofertas exclusivas". Dejen de enviarme publicidad y borren mis datos.

Jorge Santos
""", R(["Opposition", "Erasure"], "jorge.santos@ono.example", "Jorge", "Santos"))

add("es-26-argentina-consulta-datos-transferencia", "Valentina Acosta <valeacosta@gmail.example>", "Consulta sobre mis datos",
    """Hola, qué tal?

Soy clienta de Acme desde Buenos Aires (cuenta internacional). Quería saber si mis datos se guardan en servidores de Europa o de Estados Unidos, y qué garantías tienen. Es solo una consulta.

Saludos!
Vale Acosta
""", R(["Information"], "valeacosta@gmail.example", "Valentina", "Acosta"))

add("es-27-catalan-mezcla-supresion", "Jordi Puig <jordi.puig@gmail.example>", "Eliminació de dades / eliminación de datos",
    """Bon dia / Buenos días,

Demano que eliminin totes les meves dades personals. Solicito que supriman todos mis datos personales; ya no soy cliente.

Jordi Puig
""", R(["Erasure"], "jordi.puig@gmail.example", "Jordi", "Puig"))

add("es-28-acceso-y-rectificacion-ingresos", "Teresa Blanco <teresa.blanco@yahoo.example>", "Datos de ingresos incorrectos",
    """Hola,

Al pedir la ampliación del límite de la tarjeta me dijeron que constan unos ingresos mensuales de 900 €, cuando cobro 2.100 € (lo pueden ver en las nóminas domiciliadas). Quiero que corrijan ese dato y que me envíen una copia de toda la información que tienen registrada sobre mí para comprobar si hay más errores.

Teresa Blanco
""", R(["Rectification", "Access"], "teresa.blanco@yahoo.example", "Teresa", "Blanco"))

# ---- ignore ----
add("es-29-phish-bloqueo-cuenta", "Acme Banco <avisos@acme-banco-seguridad.example>", "Su cuenta ha sido bloqueada temporalmente",
    """Estimado cliente,

Hemos detectado un acceso no autorizado a su banca online. Por su seguridad, su cuenta ha sido bloqueada temporalmente.

Para desbloquearla, verifique sus datos en el siguiente enlace en un plazo de 24 horas:
http://acme-banco-seguridad.example/verificar

Atentamente,
Departamento de Seguridad
""", IGN("spam"), headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="acme-banco-seguridad.example")])

add("es-30-spam-baja-lista-loteria", "Lotería Internacional <premios@loteria-int.example>", "Ha ganado 850.000 EUR",
    """ENHORABUENA

Su dirección de correo ha resultado premiada con 850.000 EUR en el sorteo internacional. Para cobrar el premio envíe su nombre completo, copia del DNI y número de cuenta a nuestro agente.

Si no desea recibir más comunicaciones y quiere que eliminemos sus datos según el RGPD, responda BAJA.
""", IGN("spam"), headers=SPAM_HDR + ["Reply-To: agente.premios@outlook.example"])

add("es-31-spam-solo-cabecera", "Marketing Digital Pro <info@marketingdigitalpro.example>", "Posicione su empresa en Google en 30 días",
    """Hola,

Ayudamos a empresas como Acme Corp a aparecer en la primera página de Google. Primera consulta gratis.

¿Hablamos esta semana?

Un saludo,
Carlos
""", IGN("spam"), headers=SPAM_HDR)

add("es-32-herencia-abogado", "Abogado Pedro Mendoza <pedro.mendoza.abg@gmail.example>", "Propuesta confidencial",
    """Estimado/a,

Soy el abogado Pedro Mendoza. Un cliente mío, fallecido sin herederos, dejó la suma de 4.200.000 USD en una entidad bancaria. Necesito un socio extranjero de confianza para reclamar los fondos; usted recibirá el 40 %.

Para comenzar envíeme sus datos personales y bancarios. Esta operación es totalmente legal y sin riesgo.

Atentamente,
Lic. Pedro Mendoza
""", IGN("spam"))

add("es-33-respuesta-automatica", "Inmaculada Torres <inma.torres@gestoria-torres.example>", "Respuesta automática: Su solicitud",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el 25 de noviembre sin acceso al correo. Para asuntos urgentes, llame al 91 555 12 34.

Inmaculada Torres
""", IGN("auto_reply"), headers=AUTOREPLY)

add("es-34-boletin-banca", "Boletín Finanzas Hoy <boletin@finanzashoy.example>", "Finanzas Hoy: tipos de interés, hipotecas y más",
    """FINANZAS HOY - Boletín semanal

• El BCE mantiene los tipos
• ¿Hipoteca fija o variable en 2027?
• Cómo reclamar comisiones bancarias

Recibe este boletín porque está suscrito. Darse de baja: https://finanzashoy.example/baja
""", IGN("bulk"), headers=["List-Unsubscribe: <https://finanzashoy.example/baja?u=7781>",
                           "List-Id: <boletin.finanzashoy.example>", "Precedence: bulk"])

# ---- tasks ----
add("es-35-tarea-contrato-encargado-cobros", "Beatriz Soler <beatriz.soler@acme-corp.example>", "Contrato de encargado del tratamiento - agencia de recobro",
    """Hola,

Vamos a contratar a RecobraYa S.L. para la gestión de impagados de tarjetas. Me han pasado su contrato de encargado del tratamiento y no sé si cumple con el artículo 28. ¿Podéis revisarlo antes del día 30?

Gracias,
Beatriz Soler
Compras y Proveedores
""", TASK("beatriz.soler@acme-corp.example", "Beatriz", "Soler"))

add("es-36-tarea-registro-actividades-biometria", "Hugo Marín <hugo.marin@acme-corp.example>", "Alta en el registro: pago con biometría",
    """Buenas,

En enero lanzamos el pago con reconocimiento facial en la app (piloto con 5.000 clientes). Entiendo que hay que dar de alta el tratamiento en el registro de actividades y seguramente hacer una evaluación de impacto. ¿Podemos vernos esta semana para ver qué necesitáis?

Hugo Marín
Producto Digital
""", TASK("hugo.marin@acme-corp.example", "Hugo", "Marín"))

add("es-37-tarea-cuestionario-proveedor", "Cristina Lozano <cristina.lozano@acme-corp.example>", "Cuestionario de privacidad de un cliente corporativo",
    """Hola equipo,

Un cliente corporativo (una cadena hotelera) nos pide rellenar su cuestionario de diligencia debida en protección de datos para renovar el contrato de TPVs. Son unas 40 preguntas sobre medidas de seguridad, transferencias internacionales y brechas. ¿Podéis completar la parte de privacidad? Os lo dejo adjunto.

Cristina
Banca de Empresas
""", TASK("cristina.lozano@acme-corp.example", "Cristina", "Lozano"))

add("es-38-tarea-revisar-clausula-web", "Pablo Reyes <pablo.reyes@acme-corp.example>", "Revisión texto informativo formulario web",
    """Hola,

Estamos rediseñando el formulario de "Solicita tu hipoteca" de la web. ¿Podéis revisar la cláusula informativa de protección de datos y las casillas de consentimiento antes de publicarlo el lunes?

Mil gracias,
Pablo Reyes
Marketing Digital
""", TASK("pablo.reyes@acme-corp.example", "Pablo", "Reyes"))

# ---- incidents ----
add("es-39-incidente-extractos-otro-cliente", "Sonia Herrero <sonia.herrero@acme-corp.example>", "Extractos enviados a otro cliente",
    """Hola,

Un cliente nos ha llamado esta mañana diciendo que en su área privada de la app le aparecen los extractos de otra persona (nombre, IBAN y movimientos). Al parecer pasa desde la actualización de anoche. Ya lo he comunicado a Sistemas (incidencia 88231).

Sonia Herrero
Atención al Cliente
""", INC("sonia.herrero@acme-corp.example", "Sonia", "Herrero"))

add("es-40-incidente-portatil-robado", "David Ramírez <david.ramirez@acme-corp.example>", "Robo de portátil",
    """Buenas,

Ayer por la tarde me robaron la mochila con el portátil del trabajo en una cafetería de Barcelona. El portátil tiene cifrado, pero en la mochila también llevaba una carpeta con la documentación en papel de tres solicitudes de hipoteca (nóminas, DNI, declaraciones de la renta).

He puesto la denuncia en los Mossos. ¿Qué más tengo que hacer?

David Ramírez
Gestor Hipotecario
""", INC("david.ramirez@acme-corp.example", "David", "Ramírez"))

add("es-41-incidente-correo-sin-cco", "Natalia Vidal <natalia.vidal@acme-corp.example>", "Correo masivo enviado sin CCO",
    """Hola,

Esta mañana he enviado un correo informativo sobre el cambio de condiciones a 350 clientes poniendo todas las direcciones en el campo "Para" en lugar de en CCO. Todos pueden ver los correos de los demás. Ya me han escrito dos clientes quejándose.

Lo siento mucho, ¿cómo procedemos?

Natalia Vidal
Banca Privada
""", INC("natalia.vidal@acme-corp.example", "Natalia", "Vidal"))

add("es-42-incidente-proveedor-ransomware", "Ciberseguridad CallCenter Sur <seguridad@callcentersur.example>", "Comunicación de brecha de seguridad",
    """Estimados:

Como encargado del tratamiento del servicio de atención telefónica, les comunicamos que el 15/11/2026 sufrimos un ataque de ransomware que ha cifrado parte de nuestros servidores, incluido el que almacena las grabaciones de llamadas de clientes de Acme Banco de los últimos 90 días. No podemos descartar la exfiltración de datos.

Les mantendremos informados.

Atentamente,
Luis Carrasco
Responsable de Seguridad de la Información
CallCenter Sur S.L.
""", INC("seguridad@callcentersur.example", "Luis", "Carrasco"))

# ---- follow-ups ----
add("es-43-respuesta-dni-adjunto", "Francisco Gómez <francisco.gomez@gmail.example>", "RE: [DSR-30780] Hemos recibido su solicitud",
    """Buenos días,

Adjunto copia del DNI por ambas caras como me indican.

Un saludo,
Francisco Gómez

El 13/11/2026 a las 11:05, Acme Corp Privacidad <privacy@acme-corp.example> escribió:
> Estimado Sr. Gómez:
> Hemos recibido su solicitud con la referencia DSR-30780. Para poder tramitarla necesitamos una copia de su documento de identidad.
""", FU("30780", "francisco.gomez@gmail.example", "Francisco", "Gómez"))

add("es-44-recordatorio-propio", "Raquel Molina <raquel.molina@gmail.example>", "Re: Préstamo denegado sin explicación",
    """Buenos días,

Hace ya tres semanas que envié el correo de abajo y no he recibido respuesta. ¿Pueden confirmarme que lo están tramitando?

Raquel Molina

> Buenos días,
> Solicité un préstamo personal de 6.000 € a través de la app...
""", FU(ref("es-06-prestamo-denegado-algoritmo"), "raquel.molina@gmail.example", "Raquel", "Molina"),
    headers=irt("es-06-prestamo-denegado-algoritmo"))

add("es-45-no-estoy-conforme", "Ángel Pascual <angel.pascual@ono.example>", "RE: [DSR-30512] Respuesta a su solicitud de supresión",
    """No estoy de acuerdo con su respuesta. Dicen que tienen que conservar mis datos 10 años por la ley de blanqueo, pero yo nunca llegué a ser cliente, solo hice una simulación de hipoteca. Les pido que lo revisen.

Ángel Pascual
""", FU("30512", "angel.pascual@ono.example", "Ángel", "Pascual"))
