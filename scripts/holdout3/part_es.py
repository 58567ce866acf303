# Spanish messages (Spain and Latin America, written blind).
from common import add, R, IGN, INC, TASK, FU, HTML, LATIN1, CP1252, html, SPAM_HDR, AUTH, irt, ref

# ---------------------------------------------------------------- requests
add("es-01-gimnasio-baja-supresion", "Lucía Martínez <lucia.martinez@gmail.example>", "Baja gimnasio Madrid Chamberí",
    """Hola,

Quiero darme de baja del gimnasio de Chamberí a partir del 1 de diciembre (socia n.º 44871). Además solicito la supresión de todos mis datos personales, incluida la huella dactilar del torno de acceso.

Gracias,
Lucía Martínez
""",
    R(["Erasure"], "lucia.martinez@gmail.example", "Lucía", "Martínez"))

add("es-02-acceso-inmobiliaria", "Javier Ruiz Navarro <javier.ruiz@telefonica.example>", "Solicitud de derecho de acceso",
    """Estimados señores:

Por medio del presente escrito ejercito el derecho de acceso previsto en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD).

Durante 2025 alquilé un piso a través de su inmobiliaria en Valencia (calle Colón). Solicito que me faciliten copia de todos los datos personales que traten sobre mí, los fines del tratamiento, los destinatarios a los que se han comunicado y el plazo de conservación.

Adjunto copia de mi DNI.

Atentamente,
Javier Ruiz Navarro
""",
    R(["Access"], "javier.ruiz@telefonica.example", "Javier", "Ruiz Navarro"))

add("es-03-concesionario-llamadas", "Carmen Gómez <carmen.gomez@hotmail.example>", "Llamadas comerciales",
    """Buenas tardes,

Desde que pedí información sobre un SEAT Arona en su concesionario de Sevilla me llaman casi a diario. No quiero recibir más llamadas ni ofertas. Me opongo al uso de mis datos con fines comerciales.

Carmen Gómez
""",
    R(["Opposition"], "carmen.gomez@hotmail.example", "Carmen", "Gómez"))

add("es-04-aerolinea-pasaporte", "Diego Fernández <diego.fernandez@yahoo.example>", "Número de pasaporte incorrecto",
    """Hola,

En mi perfil de viajero frecuente el número de pasaporte tiene un dígito mal (PAB123456 en vez de PAB128456). Por favor corríjanlo, que en diciembre vuelo a Bogotá y no quiero problemas.

Saludos,
Diego Fernández
""",
    R(["Rectification"], "diego.fernandez@yahoo.example", "Diego", "Fernández"))

add("es-05-ayuntamiento-bici", "Marta Serrano <marta.serrano@gmail.example>", "Datos de trayectos bici pública",
    """Buenos días,

Uso el servicio de bicicleta pública que gestionan para el Ayuntamiento de Zaragoza. ¿Cuánto tiempo guardan el registro de mis trayectos (estaciones, horas)? ¿Lo ve el Ayuntamiento o la Policía Local? No necesito copia, solo saberlo.

Un saludo,
Marta Serrano
""",
    R(["Information"], "marta.serrano@gmail.example", "Marta", "Serrano"))

add("es-06-acceso-y-supresion", "Pablo Ortega <pablo.ortega@outlook.example>", "mis datos",
    "Buenas, quiero saber qué datos tienen de mí y que después los borren todos. Gracias. Pablo Ortega\n",
    R(["Access", "Erasure"], "pablo.ortega@outlook.example", "Pablo", "Ortega"))

add("es-07-mexico-cancelacion", "Alejandra Hernández <ale.hernandez@prodigy.example>", "Derecho de cancelación",
    """Buen día,

Por medio del presente quiero ejercer mi derecho de cancelación de mis datos personales en su plataforma de viajes. Ya no uso la cuenta y no quiero que conserven mi información.

Saludos cordiales,
Alejandra Hernández
Guadalajara, Jalisco
""",
    R(["Erasure"], "ale.hernandez@prodigy.example", "Alejandra", "Hernández"))

add("es-08-portabilidad-vendedor", "Sergio Castillo <sergio@castillocomics.example>", "Exportar mis datos de vendedor",
    """Hola,

Tengo una tienda de cómics en su marketplace desde 2019. Quiero ejercer el derecho a la portabilidad: necesito todos mis datos (catálogo, pedidos, valoraciones, datos de facturación) en un formato estructurado y legible por máquina, por ejemplo CSV, para llevarlos a otra plataforma.

Gracias,
Sergio Castillo
Castillo Cómics
""",
    R(["Portability"], "sergio@castillocomics.example", "Sergio", "Castillo"))

add("es-09-financiacion-rechazada", "Andrés Molina <andres.molina@gmail.example>", "Rechazo automático financiación",
    """Buenas,

He solicitado financiación para un coche en su web y me la han denegado en menos de un minuto, así que supongo que lo ha decidido un algoritmo. Quiero que una persona revise mi solicitud y que me expliquen la lógica aplicada, como dice el artículo 22 del RGPD.

Andrés Molina
""",
    R(["AutomatedDecision"], "andres.molina@gmail.example", "Andrés", "Molina"))

add("es-10-limitacion", "Rocío Delgado <rocio.delgado@telefonica.example>", "Limitación del tratamiento",
    """Estimados señores:

He presentado una reclamación porque en su sistema figuro como inquilina morosa, lo cual es falso. Mientras se resuelve, solicito la limitación del tratamiento de ese dato conforme al artículo 18 RGPD: que no se utilice ni se comunique a terceros.

Atentamente,
Rocío Delgado
""",
    R(["Restriction"], "rocio.delgado@telefonica.example", "Rocío", "Delgado"))

add("es-11-agencia-carta-larga", "Francisco Javier Moreno <fjmoreno@ono.example>", "Viaje a Cancún - reclamación",
    """Muy señores míos:

Les escribo porque nuestro viaje de bodas a Cancún, contratado en su agencia de Málaga, fue un desastre de principio a fin. El traslado del aeropuerto no apareció, el hotel no era el de cinco estrellas que figuraba en el contrato sino uno de tres en obras, y cuando llamamos a su teléfono de emergencias nos atendió un contestador durante tres días seguidos. Al volver, su agente nos dijo que "eso pasa a veces" y nos ofreció un descuento del 5 % en el próximo viaje, como si fuéramos a volver.

Además, una semana después de volver empezamos a recibir llamadas de una empresa de multipropiedad que conocía nuestros nombres, las fechas del viaje y hasta que era nuestra luna de miel. Quiero saber qué datos personales tienen ustedes de mí y de mi mujer, a quién se los han dado y que me manden una copia.

Reclamaremos también ante Consumo por el tema del hotel.

Francisco Javier Moreno
""",
    R(["Access"], "fjmoreno@ono.example", "Francisco Javier", "Moreno"))

add("es-12-abogado-supresion", "Elena Vidal Abogados <evidal@vidalabogados.example>", "Nuestro cliente D. Raúl Prieto - supresión de datos",
    """Muy señores nuestros:

Actuamos en nombre y representación de D. Raúl Prieto Sanz, con DNI 12345678Z, según poder que se adjunta.

Nuestro mandante fue socio de sus centros deportivos hasta marzo de 2026. Por la presente solicitamos, al amparo del artículo 17 RGPD, la supresión de todos sus datos personales, incluidas las fotografías de su perfil y los datos de salud del cuestionario de inscripción.

Quedamos a la espera de su confirmación.

Elena Vidal
Abogada
""",
    R(["Erasure"], "evidal@vidalabogados.example", "Raúl", "Prieto Sanz", representative="Elena Vidal"))

add("es-13-padre-hija-acceso", "Manuel López <manuel.lopez@gmail.example>", "Datos de mi hija menor",
    """Hola,

Mi hija Paula López García, de 13 años, tiene cuenta en su app de gimnasio (la usa para las clases de natación del centro de Getafe). Como padre quiero saber qué datos tienen de ella y recibir una copia.

Manuel López
""",
    R(["Access"], "manuel.lopez@gmail.example", "Paula", "López García", representative="Manuel López"))

add("es-14-heredero-madre-marketplace", "Cristina Romero <cristina.romero@yahoo.example>", "Cuenta de mi madre fallecida",
    """Buenas tardes,

Mi madre, Pilar Romero, falleció en octubre. Tenía una cuenta de compradora en su marketplace. Como heredera solicito que cierren la cuenta y eliminen sus datos. Puedo enviarles el certificado de defunción.

Gracias,
Cristina Romero
""",
    R(["Erasure"], "cristina.romero@yahoo.example", "Pilar", "Romero", representative="Cristina Romero"))

add("es-15-reenvio-outlook-oposicion", "Sonia Iglesias <sonia.iglesias@acme-corp.example>", "RV: publicidad",
    """Hola, os paso esto que ha llegado al buzón de atención al cliente de la agencia.

Sonia

De: Alberto Gil <alberto.gil@ono.example>
Enviado el: domingo, 15 de noviembre de 2026 20:31
Para: atencioncliente@acme-corp.example
Asunto: publicidad

No quiero recibir más publicidad de ofertas de viajes ni por email ni por WhatsApp. Gracias.
Alberto Gil
""",
    R(["Opposition"], "alberto.gil@ono.example", "Alberto", "Gil"))

add("es-16-reenvio-gmail-borrar", "David Pérez <david.perez@acme-corp.example>", "Fwd: eliminar cuenta",
    """---------- Forwarded message ---------
De: Laura Sánchez <laura.sanchez@gmail.example>
Date: sáb, 14 nov 2026 a las 13:07
Subject: eliminar cuenta
To: <soporte@acme-corp.example>


Hola, quiero eliminar mi cuenta del marketplace y todos mis datos. Gracias. Laura Sánchez
""",
    R(["Erasure"], "laura.sanchez@gmail.example", "Laura", "Sánchez"))

add("es-17-reenvio-apple-acceso", "Nuria Torres <nuria.torres@acme-corp.example>", "Fwd: Solicitud",
    """Esto es para vosotros creo. Cliente de la inmobiliaria de Bilbao.

Enviado desde mi iPhone

Inicio del mensaje reenviado:

De: Iker Etxeberria <iker.etxeberria@euskaltel.example>
Fecha: 15 de noviembre de 2026, 10:22:05 CET
Para: bilbao@acme-corp.example
Asunto: Solicitud

Egun on. Quisiera una copia de todos los datos que tienen sobre mí de cuando busqué piso con ustedes.
Iker Etxeberria
""",
    R(["Access"], "iker.etxeberria@euskaltel.example", "Iker", "Etxeberria"))

add("es-18-derechos-arco", "Gabriela Ramírez <gaby.ramirez@hotmail.example>", "Derechos ARCO",
    "Buenas tardes, deseo ejercer mis derechos ARCO. ¿Cuál es el procedimiento?\n\nGabriela Ramírez\n",
    R(["Unknown"], "gaby.ramirez@hotmail.example", "Gabriela", "Ramírez"))

add("es-19-mayusculas-borren", "ANTONIO JIMENEZ <antoniojimenez58@terra.example>", "BORREN MIS DATOS",
    "BORREN TODOS MIS DATOS DE SU EMPRESA YA. NO LES HE DADO PERMISO PARA NADA.\nANTONIO JIMENEZ\n",
    R(["Erasure"], "antoniojimenez58@terra.example", "Antonio", "Jimenez"))

add("es-20-html-baja-newsletter", "Irene Navarro <irene.navarro@outlook.example>", "Newsletter",
    html("Hola,", "Por favor, denme de baja de su newsletter de ofertas de coches de ocasión. No quiero recibir más correos comerciales.",
         "Saludos,<br>Irene Navarro"),
    R(["Opposition"], "irene.navarro@outlook.example", "Irene", "Navarro"), ct=HTML)

add("es-21-direccion-latin1", "José María Blanco <jmblanco@terra.example>", "Cambio de dirección",
    """Buenos días:

Les comunico mi nueva dirección para que la actualicen en mi ficha de cliente del taller: Avenida de la Constitución 14, 3.º B, 41001 Sevilla.

Un cordial saludo,
José María Blanco
""",
    R(["Rectification"], "jmblanco@terra.example", "José María", "Blanco"), encode="latin-1", ct=LATIN1)

add("es-22-inmobiliaria-con-quien", "Beatriz Cano <beatriz.cano@gmail.example>", "¿A quién pasan mis datos?",
    """Hola,

Cuando solicité visitar un piso me pidieron nóminas y contrato de trabajo. ¿Se los pasan al propietario? ¿A alguna aseguradora de impagos? ¿Cuánto tiempo los guardan si no alquilo?

Gracias,
Beatriz Cano
""",
    R(["Information"], "beatriz.cano@gmail.example", "Beatriz", "Cano"))

add("es-23-devolucion-y-publicidad", "Raquel Medina <raquel.medina@yahoo.example>", "Devolución pedido 99812",
    """Hola,

Devolví las zapatillas del pedido 99812 hace tres semanas y sigo sin el reembolso. ¿Me pueden decir algo?

Y otra cosa: dejen de mandarme publicidad por SMS, que no la he pedido.

Raquel Medina
""",
    R(["Opposition"], "raquel.medina@yahoo.example", "Raquel", "Medina"))

add("es-24-retiro-consentimiento-y-supresion", "Óscar Rubio <oscar.rubio@gmail.example>", "Consentimiento",
    """Buenas,

Retiro el consentimiento que di para recibir comunicaciones comerciales y, además, solicito que supriman todos mis datos de su base de clientes de la aerolínea.

Óscar Rubio
""",
    R(["Opposition", "Erasure"], "oscar.rubio@gmail.example", "Óscar", "Rubio"))

add("es-25-argentina-vos", "Martín Acosta <martin.acosta@fibertel.example>", "borrarme",
    "Hola, ¿cómo andan? Quiero que me borren de la base de datos del gimnasio, ya no voy más. Fijate que tenés mi DNI y el apto médico, eso también. Gracias!\nMartín\n",
    R(["Erasure"], "martin.acosta@fibertel.example", "Martín", "Acosta"))

add("es-26-familia-replyto", "Familia García Ortiz <garciaortiz@telefonica.example>", "Datos",
    """Hola,

Solicito acceso a los datos personales que su concesionario tiene de mí. Por favor contesten a mi correo personal, no a este.

Un saludo,
Mercedes Ortiz
""",
    R(["Access"], "mercedes.ortiz@gmail.example", "Mercedes", "Ortiz"),
    headers=["Reply-To: Mercedes Ortiz <mercedes.ortiz@gmail.example>"])

add("es-27-texto-movil", "hugo_rg <hugo_rg@hotmail.example>", "hola",
    "hola q datos teneis d mi? mandamelos porfa\n\nhugo\n\nEnviado desde mi Samsung Galaxy\n",
    R(["Access"], "hugo_rg@hotmail.example", "Hugo", None))

add("es-28-foto-redes-gimnasio", "Silvia Morales <silvia.morales@gmail.example>", "Mi foto en vuestro Instagram",
    """Hola,

Habéis publicado en el Instagram del gimnasio de Alicante una foto de la clase de spinning en la que salgo perfectamente reconocible. Nadie me pidió permiso. Quiero que borréis la foto y que no volváis a usar mi imagen para publicidad.

Silvia Morales
""",
    R(["Erasure", "Opposition"], "silvia.morales@gmail.example", "Silvia", "Morales"))

# ---------------------------------------------------------------- follow-ups
add("es-29-respuesta-acuse", "Jorge Santos <jorge.santos@gmail.example>", "RE: [DSR-6230] Hemos recibido su solicitud",
    """Buenos días,

Adjunto el DNI que me pedían. ¿Cuándo tendré respuesta?

Jorge Santos

El lun, 9 nov 2026 a las 10:02, Acme Corp Privacidad (<privacy@acme-corp.example>) escribió:
> Estimado/a cliente:
>
> Hemos recibido su solicitud y la hemos registrado con la referencia DSR-6230.
> Le responderemos en el plazo de un mes.
>
> Equipo de Protección de Datos
""",
    FU("6230", "jorge.santos@gmail.example", "Jorge", "Santos"))

add("es-30-inreplyto-dni", "Javier Ruiz Navarro <javier.ruiz@telefonica.example>", "Re: Solicitud de derecho de acceso",
    """Perdón, se me olvidó adjuntar el DNI en el correo anterior. Lo adjunto ahora.

Javier Ruiz Navarro
""",
    FU(ref("es-02-acceso-inmobiliaria"), "javier.ruiz@telefonica.example", "Javier", "Ruiz Navarro"),
    headers=irt("es-02-acceso-inmobiliaria"))

add("es-31-reclamacion-plazo", "Ana Belén Cruz <anabelen.cruz@hotmail.example>", "Re: [DSR-6188] Acuse de recibo",
    "Ha pasado más de un mes y no he recibido nada. Si no me contestan esta semana presentaré una reclamación ante la AEPD.\nAna Belén Cruz\n",
    FU("6188", "anabelen.cruz@hotmail.example", "Ana Belén", "Cruz"))

# ---------------------------------------------------------------- tasks
add("es-32-tarea-contrato-encargado", "Miguel Ángel Ramos <miguelangel.ramos@acme-corp.example>", "Contrato de encargado - nueva empresa de limpieza",
    """Hola equipo de privacidad:

La nueva empresa de limpieza de los gimnasios va a tener acceso a las taquillas y a la recepción (con el listado de socios del día). Nos han mandado su contrato de encargado del tratamiento. ¿Podéis revisarlo antes del día 30?

Gracias,
Miguel Ángel Ramos
Compras
""",
    TASK("miguelangel.ramos@acme-corp.example", "Miguel Ángel", "Ramos"))

add("es-33-tarea-registro-actividades", "Patricia Vega <patricia.vega@acme-corp.example>", "RAT - nuevo tratamiento",
    """Buenas,

Desde enero vamos a grabar las llamadas del call center de la aerolínea para formación. Entiendo que hay que añadirlo al registro de actividades de tratamiento. ¿Lo podéis hacer vosotros o os paso la info en alguna plantilla?

Patricia Vega
Atención al cliente
""",
    TASK("patricia.vega@acme-corp.example", "Patricia", "Vega"))

add("es-34-tarea-eipd-ayuntamiento", "Rubén Herrera <ruben.herrera@acme-corp.example>", "EIPD app ciudadana",
    """Hola,

El Ayuntamiento de Murcia nos ha adjudicado la nueva app de incidencias ciudadanas (fotos geolocalizadas de baches, ruidos, etc.). En el pliego piden una evaluación de impacto en protección de datos. ¿Podéis preparar la EIPD? Os paso la documentación técnica.

Rubén Herrera
Sector Público
""",
    TASK("ruben.herrera@acme-corp.example", "Rubén", "Herrera"))

add("es-35-tarea-formacion-comerciales", "Lorena Campos <lorena.campos@acme-corp.example>", "formación",
    """hola! los comerciales de los concesionarios nuevos (Valladolid y Burgos) no han hecho la formación de protección de datos. ¿se la podéis dar vosotros o hay un curso online? son 12 personas

gracias
Lorena (RRHH)
""",
    TASK("lorena.campos@acme-corp.example", "Lorena", "Campos"))

# ---------------------------------------------------------------- incidents
add("es-36-incidente-portatil", "Fernando Díaz <fernando.diaz@acme-corp.example>", "Robo de portátil",
    """Buenos días,

Ayer por la tarde me robaron el portátil de empresa en una cafetería de Barcelona. Tenía guardadas las fichas de los clientes de la inmobiliaria (DNI, nóminas, contratos). No sé si el disco estaba cifrado. Ya he puesto la denuncia en los Mossos.

Fernando Díaz
""",
    INC("fernando.diaz@acme-corp.example", "Fernando", "Díaz"))

add("es-37-incidente-destinatario-equivocado", "Isabel Reyes <isabel.reyes@acme-corp.example>", "He enviado un correo a quien no era",
    """Hola,

Acabo de enviar por error el listado de pasajeros del grupo a Roma (nombres, pasaportes y teléfonos de 38 personas) a un cliente particular en vez de al receptivo de Italia. Le he pedido que lo borre pero no contesta.

Isabel Reyes
Agencia Madrid-Retiro
""",
    INC("isabel.reyes@acme-corp.example", "Isabel", "Reyes"))

add("es-38-incidente-ransomware", "Alberto Márquez <alberto.marquez@acme-corp.example>", "URGENTE: ordenadores bloqueados en el concesionario",
    """Esta mañana todos los ordenadores del concesionario de Valencia muestran un mensaje pidiendo un rescate. No podemos acceder a las fichas de clientes ni a los contratos. Hemos apagado todo y avisado a sistemas.

Alberto Márquez
Jefe de ventas
""",
    INC("alberto.marquez@acme-corp.example", "Alberto", "Márquez"))

add("es-39-incidente-papeles-bus", "Eva Pastor <eva.pastor@acme-corp.example>", "perdí una carpeta",
    """buenas, creo q me dejé en el autobús una carpeta con copias de DNI y contratos de 5 inquilinos que tenía que llevar a la notaría. ya he llamado a objetos perdidos. os aviso por si acaso

Eva
""",
    INC("eva.pastor@acme-corp.example", "Eva", "Pastor"))

# ---------------------------------------------------------------- ignore
add("es-40-spam-agencia-tributaria", "Agencia Tributaria <notificaciones@agenciatributaria-reembolso.example>", "Notificación: reembolso pendiente",
    """Estimado contribuyente:

Tras el último cálculo anual de su actividad fiscal, tiene derecho a un reembolso de 389,40 EUR. Para recibirlo, confirme sus datos bancarios en el siguiente enlace antes de 48 horas:

https://agenciatributaria-reembolso.example/confirmar

Agencia Estatal de Administración Tributaria
""",
    IGN("spam"), headers=[AUTH("fail", "fail", "fail", "agenciatributaria-reembolso.example")])

add("es-41-spam-correos", "Correos <avisos@correos-envios.example>", "Su paquete está retenido",
    """Su envío está retenido en nuestro centro de distribución por falta de pago de las tasas de aduana (2,99 EUR).

Pague ahora para programar la entrega: http://correos-envios.example/pago

Si no paga en 48 horas, el paquete será devuelto.
""",
    IGN("spam"))

add("es-42-spam-banco-rgpd", "BBVA Seguridad <seguridad@bbva-clientes-rgpd.example>", "Actualización obligatoria de datos (RGPD)",
    """Estimado cliente:

En cumplimiento del Reglamento General de Protección de Datos (RGPD), debe actualizar sus datos personales. Si no lo hace en 24 horas, su cuenta será suspendida y sus datos eliminados.

Actualice sus datos aquí: https://bbva-clientes-rgpd.example/actualizar

Departamento de Seguridad
""",
    IGN("spam"), headers=[SPAM_HDR[0], "Reply-To: bbva.soporte@correo-gratis.example"])

add("es-43-spam-loteria", "Lotería Internacional <premios@loteria-int.example>", "¡ENHORABUENA! Premio de 950.000 EUR",
    """Estimado ganador:

Su dirección de correo electrónico ha sido premiada con 950.000,00 EUR en el sorteo internacional de la Lotería. Para reclamar su premio, envíe sus datos completos (nombre, dirección, teléfono, copia del pasaporte) y abone los gastos de gestión de 250 EUR.

Contacte con nuestro agente: Sr. Roberto Álvarez - roberto.alvarez.premios@correo-gratis.example
""",
    IGN("spam"), headers=["Reply-To: roberto.alvarez.premios@correo-gratis.example"])

add("es-44-respuesta-automatica", "Lucía Martínez <lucia.martinez@gmail.example>", "Respuesta automática: [DSR-6241] Hemos recibido su solicitud",
    """Estoy de vacaciones hasta el 30 de noviembre. Responderé a su correo a mi vuelta.

Lucía Martínez
""",
    IGN("auto_reply"), headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("es-45-bulk-boletin", "Inmonoticias <boletin@inmonoticias.example>", "Boletín semanal: el precio de la vivienda sube un 8 %",
    """INMONOTICIAS - Boletín semanal

- El precio de la vivienda sube un 8 % interanual
- Nueva ley de vivienda: lo que deben saber las agencias
- Protección de datos en el alquiler: qué documentos se pueden pedir

Leer más: https://inmonoticias.example/boletin/47

Para darse de baja de este boletín haga clic aquí: https://inmonoticias.example/baja
""",
    IGN("bulk"), headers=["List-Unsubscribe: <https://inmonoticias.example/baja?e=acme>", "Precedence: list"])

add("es-46-spam-dgt-solo-cabecera", "DGT - Dirección General de Tráfico <multas@dgt-sede.example>", "Notificación de sanción de tráfico",
    """Le informamos que tiene una sanción de tráfico pendiente de notificación. Consulte el expediente en la sede electrónica:

https://dgt-sede.example/expediente

Dirección General de Tráfico
""",
    IGN("spam"), headers=[SPAM_HDR[1]])

add("es-47-spam-seo-baja", "Carlos | Marketing Digital <carlos@posiciona-tu-web.example>", "Propuesta para acme-corp.example",
    """Hola,

He revisado la web acme-corp.example y he detectado 27 errores de SEO que le están haciendo perder clientes. Podemos posicionarle en la primera página de Google en 30 días garantizado por solo 199 EUR/mes.

¿Le llamo mañana?

Si no desea recibir más correos, responda BAJA y eliminaremos sus datos de nuestra base.
""",
    IGN("spam"))
