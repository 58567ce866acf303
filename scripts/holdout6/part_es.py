from common import *  # part es: written blind

# ---------------------------------------------------------------- solicitudes

add("es-01-acceso-historia-clinica",
    "María del Carmen Ruiz Ortega <mcarmen.ruiz.ortega@telefonica.example>",
    "Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Muy señores míos:

Dña. María del Carmen Ruiz Ortega, mayor de edad, con DNI 50.XXX.XXX-K y domicilio en
C/ Alcalá 312, 4.º B, 28027 Madrid, por medio del presente escrito ejerzo el derecho de acceso
reconocido en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 de la LOPDGDD.

Solicito que se me facilite copia de los datos personales que sobre mí constan en sus
ficheros, en particular los de mi historia clínica, resultados de analíticas y los documentos
disponibles en el portal del paciente, así como la información sobre los fines del
tratamiento, los destinatarios y el plazo de conservación.

Ruego que la respuesta se me remita a esta dirección de correo electrónico en el plazo de un
mes previsto en el artículo 12.3 del RGPD.

En Madrid, a 15 de noviembre de 2026.

Fdo.: María del Carmen Ruiz Ortega
""",
    R(["Access"], "mcarmen.ruiz.ortega@telefonica.example", "María del Carmen", "Ruiz Ortega"))

add("es-02-borren-cuenta-vos",
    "Facundo Sosa <facu.sosa@fibertel.example>",
    "borren mi cuenta",
    """Hola, ¿qué tal? Quiero que borren mi cuenta de una vez y que dejen de mandarme mails,
ya me desuscribí como mil veces y me siguen llegando las "ofertas imperdibles". Si no lo
pueden hacer ustedes decime a quién le escribo.

Facundo
Enviado desde mi Galaxy
""",
    R(["Erasure", "Opposition"], "facu.sosa@fibertel.example", "Facundo", "Sosa"))

add("es-03-arco-cancelacion-mx",
    "Jorge Luis Hernández Gutiérrez <jl.hernandez.gtz@prodigy.example>",
    "Solicitud de cancelación - derechos ARCO",
    """Buenas tardes:

Por medio del presente solicito la cancelación de mis datos personales (derechos ARCO)
asociados a la tarjeta de lealtad número 5520 1870 0334, así como de la cuenta en su tienda
en línea registrada con este correo. Ya no deseo ser cliente.

Quedo atento a su confirmación.

Atentamente,
Ing. Jorge Luis Hernández Gutiérrez
Guadalajara, Jal.
Cel. 33 1452 7788
""",
    R(["Erasure"], "jl.hernandez.gtz@prodigy.example", "Jorge Luis", "Hernández Gutiérrez"))

add("es-04-rectificar-apellido",
    "Nerea Etxeberria Goikoetxea <nerea.etxeberria@euskalnet.example>",
    "Apellido mal escrito en la tarjeta de fidelización",
    """Hola:

En mi tarjeta de fidelización y en la cuenta aparece mi primer apellido como "Etxebarria",
pero es Etxeberria (con E). Desde la app no me deja cambiar ni el nombre ni el DNI. Como
además el segundo apellido sale como "Goicoechea", os pido que corrijáis los dos:

Nombre correcto: Nerea Etxeberria Goikoetxea

Eskerrik asko,
Nerea
""",
    R(["Rectification"], "nerea.etxeberria@euskalnet.example", "Nerea", "Etxeberria Goikoetxea"))

add("es-05-sms-publicidad",
    "<pilar.ss@telefonica.example>",
    "SMS",
    """No quiero recibir más SMS publicitarios en el 612 345 908. Gracias
""",
    R(["Opposition"], "pilar.ss@telefonica.example"))

add("es-06-portabilidad-csv",
    "Montserrat Vidal Soler <montse.vidal@xtec.example>",
    "Portabilitat / portabilidad de mis datos",
    """Bon dia,

De acuerdo con el artículo 20 del RGPD, solicito recibir los datos personales que les he
facilitado como clienta (historial de pedidos, devoluciones, perfil de tallas y puntos de la
tarjeta) en un formato estructurado, de uso común y lectura mecánica, preferiblemente CSV o
JSON.

Moltes gràcies,
Montserrat Vidal Soler
Sabadell
""",
    R(["Portability"], "montse.vidal@xtec.example", "Montserrat", "Vidal Soler"))

add("es-07-publicidad-html",
    "Valentina Ocampo Restrepo <valeocampo@une.example>",
    "Pregunta sobre publicidad personalizada",
    html("Buenos días,",
         "Me gustaría saber con quién comparten mis datos para mostrarme publicidad personalizada. "
         "¿Usan cookies de terceros o le pasan mi correo a Facebook o Google para los anuncios? "
         "¿Y en qué país están esos datos?",
         "Mil gracias,<br><b>Valentina Ocampo Restrepo</b><br>Medellín"),
    R(["Information"], "valeocampo@une.example", "Valentina", "Ocampo Restrepo"),
    ct=HTML)

add("es-08-padre-fotos-menor-latin1",
    "Francisco Javier Muñoz Lara <fjmunoz.lara@ono.example>",
    "Fotos de mi hijo menor en la web de la federación",
    """Buenas tardes:

Soy el padre de Álvaro Muñoz Díaz, de 14 años, jugador federado de fútbol sala en el
C.D. Sagrada Familia (Córdoba), categoría cadete.

En la página web de la federación y en su cuenta de Instagram han publicado fotos del
campeonato provincial del 7 de noviembre en las que se ve claramente a mi hijo, con su nombre
completo en el pie de foto. Nosotros no hemos dado ninguna autorización para ello.

Como padre y representante legal del menor, solicito que eliminen esas fotos y los datos de
mi hijo de la web y de las redes sociales.

Un saludo,
Francisco Javier Muñoz Lara
""",
    R(["Erasure"], "fjmunoz.lara@ono.example", "Álvaro", "Muñoz Díaz",
      representative="Francisco Javier Muñoz Lara"),
    ct=LATIN1, encode="latin-1")

add("es-09-cuotas-rechazada-co",
    "Wilmer Cárdenas Rojas <wilmer.cardenas@outlook.example>",
    "Rechazo de pago a cuotas",
    """Señores, buenas noches.

Intenté pagar mi pedido en 4 cuotas sin interés y el sistema me lo rechazó de inmediato con
el mensaje "no cumples los requisitos según nuestra evaluación automática". Tengo buen
historial y trabajo estable.

Solicito que una persona revise esa decisión y me expliquen qué criterios se usaron, porque
no estoy de acuerdo con que una máquina decida eso.

Cordialmente,
Wilmer Cárdenas Rojas
""",
    R(["AutomatedDecision"], "wilmer.cardenas@outlook.example", "Wilmer", "Cárdenas Rojas"))

add("es-10-limitacion-historia",
    "Yolanda de la Fuente Ibáñez <yolanda.delafuente@gmail.example>",
    "Solicitud de limitación del tratamiento",
    """Estimados señores:

El pasado 20 de octubre presenté una reclamación ante el Servicio de Atención al Paciente de
su hospital de Zaragoza (n.º de registro SAP-2026-1932) porque en mi historia clínica figura
una anotación sobre mi estado psicológico que considero inexacta. Dicha reclamación está
todavía en trámite.

Mientras se resuelve, solicito, conforme al artículo 18.1.a) del RGPD, la limitación del
tratamiento de esa anotación, de modo que no se comunique a terceros (en particular a mi mutua
laboral) ni se use para otros fines.

Atentamente,
Yolanda de la Fuente Ibáñez
""",
    R(["Restriction"], "yolanda.delafuente@gmail.example", "Yolanda", "de la Fuente Ibáñez"))

add("es-11-abogado-acceso",
    "Ignacio Beltrán de Lis Morales <ibeltran@beltran-abogados.example>",
    "Solicitud de acceso - Dña. Rosario Gallego Peña - N/Ref. 2026/388",
    """Muy Sres. nuestros:

Actuamos en nombre y representación de Dña. Rosario Gallego Peña, con DNI 28.XXX.XXX-P,
según poder que se adjunta.

En su nombre ejercitamos el derecho de acceso del artículo 15 del RGPD respecto de la
totalidad de los datos de nuestra representada tratados por su grupo hospitalario, incluida
copia íntegra de la historia clínica correspondiente a su ingreso en el Hospital de Sevilla
entre el 2 y el 19 de agosto de 2026, informes de alta, pruebas de laboratorio e imagen.

Rogamos que la documentación se remita a este despacho.

Atentamente,

Ignacio Beltrán de Lis Morales
Abogado - Colegiado n.º 9.412 ICAS
Beltrán Abogados, S.L.P.
Av. de la Constitución 18, 41004 Sevilla
T. 954 22 81 30

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su
destinatario y pueden contener información privilegiada o confidencial. Si no es usted el
destinatario indicado, queda notificado de que la utilización, divulgación o copia sin
autorización está prohibida.
""",
    R(["Access"], "ibeltran@beltran-abogados.example", "Rosario", "Gallego Peña",
      representative="Ignacio Beltrán de Lis Morales"))

add("es-12-hija-madre-fallecida-cl",
    "Camila Andrea Rojas Fuentes <camila.rojasf@vtr.example>",
    "Cuenta de mi mamá fallecida",
    """Hola, buenas tardes.

Les escribo porque mi mamá, Gladys Fuentes Soto, falleció en septiembre. Le siguen llegando
correos y catálogos de ustedes a su nombre todas las semanas y, sinceramente, es muy doloroso
abrir el buzón y verlos.

Por favor dejen de enviarle publicidad y cierren su cuenta y la tarjeta de puntos. Su correo
era gladys.fuentes.soto@vtr.example. Puedo mandarles el certificado de defunción si lo
necesitan; soy su hija.

Gracias,
Camila Rojas Fuentes
Santiago
""",
    R(["Erasure", "Opposition"], "camila.rojasf@vtr.example", "Gladys", "Fuentes Soto",
      representative="Camila Andrea Rojas Fuentes"))

add("es-13-mayusculas-acceso",
    "RAMON VILLALBA <ramonvillalba1958@yahoo.example>",
    "DATOS",
    """QUIERO SABER QUE DATOS TIENEN DE MI Y PARA QUE LOS USAN. YO SOLO COMPRE UNA VEZ UNAS
ZAPATILLAS Y AHORA ME LLEGAN COSAS TODOS LOS DIAS. ESPERO RESPUESTA.
RAMON VILLALBA
""",
    R(["Access"], "ramonvillalba1958@yahoo.example", "Ramon", "Villalba"))

add("es-14-dni-licencia-info",
    "Sergio Alcántara Ruiz <sergio.alcantara@movistar.example>",
    "Duda sobre los datos para la licencia federativa",
    """Hola,

Voy a tramitar la licencia de triatlón para 2027 y en el formulario me piden DNI, fecha de
nacimiento completa, certificado médico y una foto. ¿Para qué necesitan todo eso, a quién se
lo pasan (¿la aseguradora del seguro deportivo?) y cuánto tiempo lo guardan cuando dejo de
estar federado?

Gracias de antemano,
Sergio
""",
    R(["Information"], "sergio.alcantara@movistar.example", "Sergio", "Alcántara Ruiz"))

add("es-15-pedido-no-llego",
    "Ahmed El Amrani <ahmed.elamrani@gmail.example>",
    "pedido 7781-22019",
    """Buenas, hice el pedido 7781-22019 el día 2 y todavía no ha llegado, en el seguimiento pone
"en reparto" desde hace una semana. ¿Me pueden decir algo? No encuentro otro correo.

Ahmed El Amrani
""",
    R(["Unknown"], "ahmed.elamrani@gmail.example", "Ahmed", "El Amrani"))

add("es-16-reenvio-adjunto-supresion",
    "Lucía Márquez Salas <lucia.marquez@acme-corp.example>",
    "RV: Baja definitiva",
    "",
    R(["Erasure"], "xiaomei.chen.mad@gmail.example", "Xiaomei", "Chen"),
    attached=("Xiaomei Chen <xiaomei.chen.mad@gmail.example>", "Baja definitiva",
              """Hola,

Me gustaría dar de baja definitivamente mi cuenta y que eliminen todos mis datos personales,
incluidas las direcciones y las tarjetas guardadas.

Muchas gracias,
Xiaomei Chen
"""),
    note="""Hola equipo de privacidad:

Os reenvío la petición de una clienta que nos ha llegado al buzón de atención al cliente.
Entiendo que esto lo gestionáis vosotros.

Un saludo,
Lucía Márquez Salas
Atención al Cliente - Moda
""")

add("es-17-familia-replyto-perfilado",
    "Familia Quispe <familia.quispe@speedy.example>",
    "no quiero publicidad personalizada",
    """Buenas,

Les escribe Ximena Quispe Mamani. No autorizo que usen mi historial de compras ni lo que
miro en la web para hacerme perfiles ni mandarme publicidad personalizada. Me opongo a ese
tratamiento.

Este correo es de toda la familia, por favor respóndanme al mío personal.

Saludos,
Ximena
Lima, Perú
""",
    R(["Opposition"], "ximena.quispe.m@gmail.example", "Ximena", "Quispe Mamani"),
    headers=["Reply-To: Ximena Quispe <ximena.quispe.m@gmail.example>"])

add("es-18-llamadas-financiera-enfadada",
    "Rocío Benítez Carrasco <rocio.benitez.c@hotmail.example>",
    "ESTOY HARTA de las llamadas",
    """A quien corresponda:

Les cuento lo que me ha pasado porque no doy crédito. En septiembre compré un abrigo en su
web y en el pago vi la opción de "paga en 3 plazos". Le di para ver las condiciones, metí mis
datos y al final no lo usé, pagué con tarjeta normal. Hasta ahí todo bien.

Pues desde entonces me llama casi todos los días una financiera que no conozco de nada
ofreciéndome un préstamo personal "preconcedido". Me llaman al móvil, a veces a las nueve y
media de la noche, una vez estando en el hospital con mi madre. Les pregunté de dónde
habían sacado mi número y me dijeron que "de un partner comercial". El único sitio donde he
dado ese número recientemente son ustedes.

Quiero que me digan exactamente a quién le han pasado mis datos y con qué base, y que dejen
de usarlos para cualquier tipo de publicidad, suya o de terceros. Y si no me contestan,
pondré una reclamación en la AEPD, que ya me he informado.

Sinceramente, esperaba otra cosa de una tienda como la suya.

Rocío Benítez Carrasco
Málaga
""",
    R(["Information", "Opposition"], "rocio.benitez.c@hotmail.example", "Rocío", "Benítez Carrasco"))

add("es-19-tu-datos-excel",
    "Mateo Fernández Ruiz <mateo.fr.atletismo@gmail.example>",
    "mis datos y resultados",
    """Hola!

Soy atleta federado (licencia AND-28841). ¿Me puedes pasar todos los datos que tenéis de mí
y mis resultados de las competiciones desde 2019? Si puede ser en un excel o algo que pueda
subir a la app de entrenamiento que uso, mejor.

Gracias crack
Mateo
""",
    R(["Access", "Portability"], "mateo.fr.atletismo@gmail.example", "Mateo", "Fernández Ruiz"))

add("es-20-cambio-nombre-sexo",
    "Daniela Ortiz Campos <daniela.ortiz.campos@proton.example>",
    "Actualizar nombre y sexo en el portal del paciente",
    """Hola,

Hace dos meses completé el cambio de la mención registral del sexo y del nombre (tengo ya el
DNI nuevo). En el portal del paciente y en los SMS de las citas sigue apareciendo mi nombre
anterior y el sexo anterior, lo que me genera situaciones muy incómodas en la sala de espera.

Os pido que actualicéis mi nombre (Daniela Ortiz Campos) y el sexo registrado en la historia
y en el portal. Puedo enviar copia del DNI y de la resolución del Registro Civil.

Gracias,
Daniela
""",
    R(["Rectification"], "daniela.ortiz.campos@proton.example", "Daniela", "Ortiz Campos"))

add("es-21-baja-tarjeta-typos",
    "Brayan Gómez <brayan_gc97@hotmail.example>",
    "baja",
    """ola kiero darme de baja de la tarjeta de puntos y q borren todo lo mio xfa q no la uso
""",
    R(["Erasure"], "brayan_gc97@hotmail.example", "Brayan", "Gómez"))

add("es-22-testamento-digital",
    "Encarnación Moreno Pizarro <encarna.moreno.p@telefonica.example>",
    "Testamento digital - portal del paciente",
    """Buenos días:

Tengo 81 años y estoy dejando mis cosas arregladas. He leído que existe el llamado
"testamento digital". Quiero dejar indicado que, cuando yo fallezca, sea mi hijo José Manuel
Pizarro Moreno quien pueda acceder a mis datos del portal del paciente y decidir si se borran.

¿Cómo tengo que hacerlo? ¿Tengo que ir en persona al hospital?

Un saludo muy atento,
Encarnación Moreno Pizarro
""",
    R(["AdvanceDirectives"], "encarna.moreno.p@telefonica.example", "Encarnación", "Moreno Pizarro"))

# ---------------------------------------------------------------- tareas

add("es-23-contrato-encargado-sms",
    "Beatriz Lozano Peral <beatriz.lozano@acme-corp.example>",
    "Revisión contrato encargado del tratamiento - proveedor SMS citas",
    """Hola, equipo de protección de datos:

Desde Admisión vamos a cambiar el proveedor de los SMS de recordatorio de citas a partir de
enero. Nos han enviado el contrato de encargado del tratamiento (art. 28 RGPD) y el anexo de
medidas de seguridad; los tenéis en la carpeta compartida "Contratos 2027".

¿Podéis revisarlo antes del 4 de diciembre? Jurídico no lo firma sin vuestro visto bueno.

Gracias,
Beatriz Lozano Peral
Jefa de Admisión - Hospital Valencia
Ext. 3318
""",
    TASK("beatriz.lozano@acme-corp.example", "Beatriz", "Lozano Peral"))

add("es-24-eipd-recomendador-tallas",
    "Andrés Villanueva <andres.villanueva@acme-corp.example>",
    "EIPD para el nuevo recomendador de tallas",
    """Buenas,

El equipo de producto va a lanzar en primavera un recomendador de tallas que usa fotos del
cliente y medidas corporales para sugerir la talla. Creo que esto requiere una evaluación de
impacto (EIPD), ¿me confirmáis? Si es así, ¿podemos agendar una reunión la semana que viene
para empezarla?

Andrés Villanueva
Product Owner - Fit & Size
""",
    TASK("andres.villanueva@acme-corp.example", "Andrés", "Villanueva"))

add("es-25-consentimiento-fotos-menores",
    "Marta Giménez <marta.gimenez@acme-corp.example>",
    "Formulario consentimiento imágenes menores",
    """Hola,

Tras varias quejas de familias, la junta directiva quiere que para la temporada que viene
todas las licencias de menores incluyan un formulario de consentimiento para publicar fotos y
vídeos en la web y redes. ¿Nos podéis preparar el texto (o revisar el borrador que adjunto)?
Tiene que estar listo para la apertura de licencias el 15 de diciembre.

Saludos,
Marta Giménez
Secretaría General - Federación
""",
    TASK("marta.gimenez@acme-corp.example", "Marta", "Giménez"))

# ---------------------------------------------------------------- incidentes

add("es-26-usb-perdido-federados",
    "Jaime Pastor <jaime.pastor@acme-corp.example>",
    "Pérdida de pendrive con datos de federados",
    """Buenos días,

Os informo de que ayer, al volver del campeonato de Guadalajara, perdí (creo que en el tren)
un pendrive con el listado de inscritos: unos 320 deportistas, con nombre, DNI, fecha de
nacimiento, club y en muchos casos el certificado médico escaneado. El pendrive no estaba
cifrado.

Lo he buscado y he llamado a objetos perdidos de Renfe, sin éxito por ahora.

Jaime Pastor
Área de Competiciones
""",
    INC("jaime.pastor@acme-corp.example", "Jaime", "Pastor"))

add("es-27-correo-cc-clientes",
    "Noelia Sanz <noelia.sanz@acme-corp.example>",
    "URGENTE me he equivocado con un email",
    """Hola, os escribo porque acabo de enviar el email de la promoción de Black Friday para
clientes VIP a 230 clientes poniendo todas las direcciones en CC en vez de CCO. Ya me han
contestado dos clientes quejándose. ¿Qué hago, lo intento recuperar? Lo siento muchísimo.

Noelia
Marketing CRM
""",
    INC("noelia.sanz@acme-corp.example", "Noelia", "Sanz"))

add("es-28-resultados-otro-paciente",
    "Gustavo Paredes <gustavo.paredes@gmail.example>",
    "Veo los análisis de otra persona en el portal",
    """Buenas tardes,

Al entrar hoy en el portal del paciente, en el apartado "Resultados de laboratorio" me
aparece una analítica del 12/11 que no es mía: figura a nombre de otra persona (una mujer,
con su número de historia y fecha de nacimiento). Mis propios resultados no aparecen.

Les aviso para que lo arreglen, porque imagino que alguien puede estar viendo los míos.
No he descargado nada.

Gustavo Paredes
""",
    INC("gustavo.paredes@gmail.example", "Gustavo", "Paredes"))

add("es-29-ransomware-admision",
    "Rubén Castillo Ferrer <ruben.castillo@acme-corp.example>",
    "Posible ransomware en PC de admisión Urgencias",
    """Equipo de privacidad y seguridad:

A las 07:40 el antivirus del PC ADM-URG-03 (Admisión de Urgencias, Hospital Alicante) ha
saltado con una alerta y varios archivos de la carpeta compartida de admisión aparecen
renombrados con extensión .lock. Hemos desconectado el equipo de la red. En esa carpeta hay
listados de pacientes atendidos en octubre y noviembre.

Os escribo también porque puede que haya que notificar. Seguimos investigando con Sistemas.

Rubén Castillo Ferrer
Técnico de Sistemas - Guardia
""",
    INC("ruben.castillo@acme-corp.example", "Rubén", "Castillo Ferrer"))

# ---------------------------------------------------------------- seguimientos

add("es-30-re-acuse-dni",
    "Irene Castaño Vera <irene.castano@gmail.example>",
    "RE: [DSR-40233] Hemos recibido su solicitud",
    """Buenas tardes,

Adjunto la copia del DNI que me pedían en su respuesta para poder tramitar mi solicitud.
Cualquier otra cosa me dicen.

Irene

-----Mensaje original-----
De: privacy@acme-corp.example
Enviado el: jueves, 12 de noviembre de 2026 10:02
Asunto: [DSR-40233] Hemos recibido su solicitud

Estimada Sra. Castaño:

Hemos recibido su solicitud, que ha quedado registrada con la referencia DSR-40233. Para
poder tramitarla necesitamos verificar su identidad...
""",
    FU("40233", "irene.castano@gmail.example", "Irene", "Castaño Vera"))

add("es-31-re-acceso-aclaracion",
    "María del Carmen Ruiz Ortega <mcarmen.ruiz.ortega@telefonica.example>",
    "RE: Ejercicio del derecho de acceso (art. 15 RGPD)",
    """Perdonen, olvidé indicar en mi escrito anterior que fui atendida en dos centros: el
Hospital de Madrid y la clínica de Pozuelo (consultas de traumatología en 2025). Les ruego
que incluyan ambos en la respuesta.

M.ª Carmen Ruiz
""",
    FU(ref("es-01-acceso-historia-clinica"), "mcarmen.ruiz.ortega@telefonica.example",
       "María del Carmen", "Ruiz Ortega"),
    headers=irt("es-01-acceso-historia-clinica"))

add("es-32-y-entonces",
    "Sebastián Ferreyra <seba.ferreyra@arnet.example>",
    "Re: [DSR-38810]",
    """¿¿Y?? Ya pasó más de un mes y nadie me contestó nada.
""",
    FU("38810", "seba.ferreyra@arnet.example", "Sebastián", "Ferreyra"))

# ---------------------------------------------------------------- ignorados

add("es-33-phishing-cuenta",
    "Soporte Seguridad <seguridad@acme-c0rp-verificacion.example>",
    "Aviso: su cuenta será suspendida",
    """Estimado usuario,

Hemos detectado actividad inusual en su cuenta de correo. Para evitar la suspensión y la
eliminación de sus datos, verifique su identidad en las próximas 12 horas:

https://acme-c0rp-verificacion.example/login

Departamento de Seguridad
""",
    IGN("spam", "seguridad@acme-c0rp-verificacion.example"),
    headers=[AUTH(spf="softfail", dkim="fail", dmarc="fail", dom="acme-c0rp-verificacion.example")])

add("es-34-seo-posicionamiento",
    "Laura | Agencia SEO <laura@posiciona-top.example>",
    "Propuesta para acme-corp.example",
    """Hola,

He analizado su web y he visto que no aparece en la primera página de Google para
"moda online". Con nuestro servicio de posicionamiento le garantizamos el TOP 3 en 90 días.

¿Le puedo llamar 10 minutos esta semana?

Si no le interesa, responda BAJA y eliminaremos sus datos de nuestra base.

Laura
Agencia Posiciona Top
""",
    IGN("spam", "laura@posiciona-top.example"),
    headers=SPAM_HDR)

add("es-35-fuera-oficina",
    "Pedro Aguirre <pedro.aguirre@logistica-sur.example>",
    "Respuesta automática: Consulta sobre protección de datos",
    """Gracias por su mensaje. Estaré fuera de la oficina hasta el 23 de noviembre con acceso
limitado al correo. Para asuntos urgentes, contacte con operaciones@logistica-sur.example.

Un saludo,
Pedro Aguirre
""",
    IGN("auto_reply", "pedro.aguirre@logistica-sur.example"),
    headers=["Auto-Submitted: auto-replied"])

add("es-36-boletin",
    "Boletín Privacidad Hoy <boletin@privacidadhoy.example>",
    "Privacidad Hoy - n.º 142: sanciones de la AEPD en noviembre",
    """PRIVACIDAD HOY - Boletín semanal

- La AEPD sanciona a un hospital por enviar resultados por WhatsApp
- Guía práctica: el derecho de supresión en el comercio electrónico
- Federaciones deportivas y publicación de resultados: ¿qué dice la normativa?

Recibe este boletín porque está suscrito con privacy@acme-corp.example.
Darse de baja: https://privacidadhoy.example/baja
""",
    IGN("bulk", "boletin@privacidadhoy.example"),
    headers=["List-Id: <boletin.privacidadhoy.example>",
             "List-Unsubscribe: <https://privacidadhoy.example/baja>",
             "Precedence: bulk"])

add("es-37-loteria-premio",
    "Loteria Internacional <premios@loteria-int.example>",
    "Felicidades! Su correo ha sido premiado",
    """Estimado/a ganador/a:

Nos complace comunicarle que su dirección de correo electrónico ha resultado ganadora de
850.000,00 EUR en el sorteo internacional de direcciones electrónicas.

Para reclamar su premio envíe sus datos completos (nombre, dirección, teléfono, copia del
pasaporte) a nuestro agente de reclamaciones, el Sr. Ramírez.

Atentamente,
Dña. Amparo Gutiérrez
Coordinadora de Premios
""",
    IGN("spam", "premios@loteria-int.example"),
    ct=LATIN1, encode="latin-1-qp")
