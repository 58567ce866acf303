from common import *  # part es: written blind

# ---------------------------------------------------------------- requests

add("es-01-borrad-cuenta", "pmoreno88@correo.example", "baja",
    "Borrad mi cuenta de Tixo. Ya.\n",
    R(["Erasure"], "pmoreno88@correo.example"))

add("es-02-que-guardais", "María José Fernández Ortega <mjfernandez@buzon.example>",
    "Información que conservan sobre mí",
    """\
Buenas tardes:

Llevo un par de años comprando en Farmacia Nova y subiendo las recetas por la web.
Me gustaría recibir un listado completo de toda la información personal que tenéis
asociada a mi cuenta: recetas, cuestionarios, direcciones de entrega, conversaciones
con el farmacéutico, lo que sea. Mi usuario es este mismo correo.

Gracias,
María José Fernández Ortega
""",
    R(["Access"], "mjfernandez@buzon.example", "María José", "Fernández Ortega"))

add("es-03-ya-no-me-manden", "Guadalupe Ramírez Soto <lupita.rs@correo-mx.example>",
    "ya no me manden mensajes",
    """\
Buen día,

a diario me llegan SMS de Farmacia Nova con ofertas de vitaminas y colágeno y la neta
ya me tienen harta. Les pido de favor que ya no me manden promociones, ni por SMS ni
por correo ni por WhatsApp. Mi celular es el +34 611 222 333.

Saludos,
Lupita Ramírez
""",
    R(["Opposition"], "lupita.rs@correo-mx.example", "Guadalupe", "Ramírez Soto"))

add("es-04-cambio-domicilio", "Iker Etxeberria Goñi <iker.etxeberria@posta.example>",
    "Cambio de domicilio",
    """\
Kaixo,

me he mudado y en mi ficha de cliente sigue apareciendo la dirección antigua
(c/ Fueros 12, Vitoria). La buena es Calle Dato 33, 3º izq., 01005 Vitoria-Gasteiz.
Actualizadla antes del próximo envío del tratamiento, por favor, que el repartidor
ya fue una vez al piso viejo y la vecina se quedó con mis pastillas.

Eskerrik asko,
Iker
""",
    R(["Rectification"], "iker.etxeberria@posta.example", "Iker", "Etxeberria Goñi"))

add("es-05-historial-otra-farmacia", "Carlos Ibáñez Ruiz <c.ibanez@mail.example>",
    "Exportar mi historial de pedidos",
    """\
Hola,

me paso a una farmacia online que tiene almacén más cerca de casa. ¿Me podéis facilitar
mi historial de pedidos y de recetas dispensadas en un fichero estructurado (CSV, JSON
o lo que uséis normalmente) para poder importarlo allí? Si se lo podéis mandar
directamente a ellos, todavía mejor; os paso el contacto si hace falta.

Un saludo,
Carlos Ibáñez
""",
    R(["Portability"], "c.ibanez@mail.example", "Carlos", "Ibáñez Ruiz"))

add("es-06-basta-ya", "ANTONIO GIL <antoniogil1956@correo.example>", "BASTA YA",
    """\
LLEVO TRES SEMANAS RECIBIENDO LLAMADAS DE HUBDESK OFRECIENDOME UN DESPACHO.
YO NUNCA HE SIDO CLIENTE DE USTEDES. EXIJO QUE BORREN MI TELEFONO Y TODO LO QUE
TENGAN MIO Y QUE NO ME VUELVAN A LLAMAR NUNCA MAS.

ANTONIO GIL
""",
    R(["Erasure", "Opposition"], "antoniogil1956@correo.example", "Antonio", "Gil"))

add("es-07-escrito-art15", "Rocío Márquez de la Torre <rmarquezdelatorre@correo.example>",
    "Ejercicio del derecho de acceso – art. 15 RGPD",
    """\
A la atención del Delegado de Protección de Datos de Tixo

D.ª Rocío Márquez de la Torre, mayor de edad, con DNI 12345678-Z y domicilio a efectos
de notificaciones en C/ Sierpes 40, 41004 Sevilla, por medio del presente escrito ejerce
el derecho reconocido en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13
de la Ley Orgánica 3/2018, de 5 de diciembre, y

SOLICITA

Que se le facilite, en el plazo de un mes, copia de los datos personales que sobre ella
obren en sus sistemas, con indicación de las finalidades, los destinatarios a quienes se
hayan comunicado, el plazo de conservación previsto y el origen de los mismos.

En Sevilla, a 14 de noviembre de 2026.

Fdo.: Rocío Márquez de la Torre
""",
    R(["Access"], "rmarquezdelatorre@correo.example", "Rocío", "Márquez de la Torre"))

add("es-08-camaras-salas", "Jordi Puig Serra <jordi.puig@estudi-disseny.example>",
    "Cámaras en las salas de reuniones",
    """\
Hola,

soy socio del espacio HubDesk de Poblenou. He visto que en las salas de reuniones
hay unas cámaras pequeñas en el techo. ¿Graban también audio? ¿Quién ve esas imágenes
y cuánto tiempo las guardáis? Lo pregunto porque a menudo hacemos reuniones con
clientes sobre temas confidenciales.

No pido nada más, solo entender cómo funciona.

Jordi Puig
Estudi Puig Disseny
""",
    R(["Information"], "jordi.puig@estudi-disseny.example", "Jordi", "Puig Serra"))

add("es-09-ribera-sound", "Sergio Alonso Vidal <sergio.alonso.v@correo.example>",
    "Festival Ribera Sound: una vergüenza",
    """\
Os escribo bastante cabreado, aviso.

Compré dos abonos para el Ribera Sound de septiembre. Primero, la app se cayó justo
el día de la apertura de puertas y estuvimos hora y media en la cola porque no cargaba
el QR. Después, en el recinto, la pulsera cashless de mi novia dejó de funcionar el
sábado por la noche y en el punto de recarga nos dijeron que "ya lo veríamos online".
Online no hay nada. El saldo que quedaba en la mía (47 euros) tenía que devolverse
automáticamente antes del 15 de octubre y aquí sigo esperando. He escrito tres veces
al chat y siempre me contesta un bot.

Así que, aparte de la devolución de los 47 euros, quiero que me mandéis todo lo que
tenéis registrado sobre mí: datos de la pulsera, las recargas y los pagos que hice
dentro, las entradas, las veces que se escaneó en los accesos, todo. Quiero ver qué
pasó exactamente con ese saldo.

Y no, no me digáis que borre la cuenta y me olvide, porque para el año que viene
igual vuelvo (si arregláis esto).

Sergio Alonso
""",
    R(["Access"], "sergio.alonso.v@correo.example", "Sergio", "Alonso Vidal"))

add("es-10-reventa-bloqueada", "Lucía Navarro Pérez <lucia.navarro.p@correo.example>",
    "Cuenta bloqueada para reventa sin explicación",
    """\
Hola.

Intenté revender dos entradas nominativas para el concierto del 5 de diciembre en el
WiZink porque mi pareja y yo ya no podemos ir, y la plataforma me ha marcado como
"perfil de reventa de riesgo" y me ha desactivado la reventa. Nadie me ha explicado
nada: es un mensaje automático y punto. Entiendo que lo ha decidido un algoritmo.

Quiero que una persona revise mi caso, poder explicar mis motivos y que me digáis en
qué criterios se ha basado esa decisión.

Lucía Navarro
""",
    R(["AutomatedDecision"], "lucia.navarro.p@correo.example", "Lucía", "Navarro Pérez"))

add("es-11-hijo-menor", "Beatriz Romero Castillo <bea.romero@correo.example>",
    "Cuenta de mi hijo menor de edad",
    """\
Buenos días:

Mi hijo Daniel Sánchez Romero, de 13 años, se ha abierto una cuenta en Tixo con su
propio correo (dani.sr2013@correo.example) mintiendo sobre la edad para comprar una
entrada de un concierto de reguetón. Como madre y representante legal os pido que
eliminéis esa cuenta y cualquier dato que tengáis de él.

Puedo acreditar la patria potestad con el libro de familia si hace falta.

Beatriz Romero Castillo
""",
    R(["Erasure"], "bea.romero@correo.example", "Daniel", "Sánchez Romero",
      representative="Beatriz Romero Castillo"))

add("es-12-abogado-registros", "Álvaro Cifuentes Lorenzo <acifuentes@cifuentes-abogados.example>",
    "Requerimiento – registros de acceso y videovigilancia – D. Raúl Prieto Montes",
    """\
Muy Sres. míos:

En nombre y representación de mi cliente, D. Raúl Prieto Montes, usuario de HubDesk en
el centro de Paseo de la Castellana, y conforme al poder de representación que se
adjunta, les requiero al amparo del artículo 15 del RGPD para que nos faciliten copia
de los registros de entrada y salida asociados a su tarjeta de acceso entre el 1 de
septiembre y el 31 de octubre de 2026, así como de las imágenes captadas por el
sistema de videovigilancia en las que aparezca en dicho periodo.

Dado que el plazo de conservación de las grabaciones es previsiblemente breve, les
solicito asimismo, conforme al artículo 18.1.c) del RGPD, que se abstengan de suprimir
dichas imágenes y limiten su tratamiento a su mera conservación mientras mi cliente
las necesite para la formulación de una reclamación laboral.

Atentamente,

Álvaro Cifuentes Lorenzo
Abogado – Colegiado n.º 98.765 ICAM
Cifuentes Abogados, S.L.P.
C/ Velázquez 57, 28001 Madrid
Tel. +34 91 555 01 23

Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y
lo elimine. Cualquier uso no autorizado está prohibido.
""",
    R(["Access", "Restriction"], "acifuentes@cifuentes-abogados.example", "Raúl", "Prieto Montes",
      representative="Álvaro Cifuentes Lorenzo"))

add("es-13-padre-fallecido", "Javier Muñoz Herrera <javimunoz@correo.example>",
    "Fallecimiento de mi padre – cuenta en Farmacia Nova",
    """\
Hola,

mi padre, Manuel Muñoz Gallego, falleció el pasado agosto. Tenía cuenta en Farmacia
Nova, donde pedía la insulina y las tiras, y le siguen llegando correos recordándole
que renueve la receta. A mi madre eso le sienta fatal cada vez que abre el ordenador.

Como hijo y heredero os pido que cerréis su cuenta y hagáis desaparecer sus datos.
Os mando el certificado de defunción y el de últimas voluntades si lo necesitáis.

Gracias,
Javier Muñoz
""",
    R(["Erasure"], "javimunoz@correo.example", "Manuel", "Muñoz Gallego",
      representative="Javier Muñoz Herrera"))

add("es-14-recomendaciones", "Marta Vidal Campos <marta.vidal.c@correo.example>",
    "Recomendaciones personalizadas",
    html("Hola equipo de Tixo,",
         "Me he dado cuenta de que la app me recomienda conciertos según lo que compro y "
         "hasta según los festivales a los que he ido con la pulsera.",
         "<b>No me hace ninguna gracia.</b> No quiero que uséis mi historial para hacerme "
         "un perfil ni para mandarme sugerencias personalizadas. La cuenta la quiero "
         "mantener, eso sí.",
         "Un saludo,<br>Marta Vidal Campos"),
    R(["Opposition"], "marta.vidal.c@correo.example", "Marta", "Vidal Campos"), ct=HTML)

add("es-15-fecha-nacimiento", "José Ángel Rodríguez Peña <jangel.rp@correo.example>",
    "Error en mi fecha de nacimiento",
    """\
Buenas,

en mi perfil de Tixo aparece como fecha de nacimiento el 03/11/1989 y es el 11/03/1989
(supongo que alguien le dio la vuelta al formato). Por culpa de eso en la puerta del
festival me pusieron pegas al compararlo con el DNI. ¿Podéis corregirlo?

Gracias.
José Ángel Rodríguez Peña
""",
    R(["Rectification"], "jangel.rp@correo.example", "José Ángel", "Rodríguez Peña"),
    ct=LATIN1, encode="latin-1")

add("es-16-transferencias", "Nerea Aguirre Zubiri <nerea.aguirre@consultoria-norte.example>",
    "Transferencias internacionales – app HubDesk",
    """\
Hola:

Soy socia de HubDesk Bilbao (plan Flex, 189 € al mes). La app de reservas parece usar
un proveedor de EE. UU. para las notificaciones y el chat. ¿Salen mis datos del EEE?
Si es así, ¿con qué garantías – cláusulas contractuales tipo, “Data Privacy Framework”…?
¿Y qué empresas tratan mis datos por cuenta vuestra?

Gracias de antemano,
Nerea Aguirre
""",
    R(["Information"], "nerea.aguirre@consultoria-norte.example", "Nerea", "Aguirre Zubiri"),
    ct=CP1252, encode="cp1252")

add("es-17-kiero-saver", "kevin_gm@correo.example", "datos",
    "ola buenas kiero saver k datos teneis mios en hubdesk i k me mandeis una copia porfa "
    "grasias\nkevin\n",
    R(["Access"], "kevin_gm@correo.example", "Kevin"))

add("es-18-cuestionario-salud", "Familia Ortiz Delgado <familia.ortiz@correo.example>",
    "Cuestionario de salud",
    """\
Hola,

hace unos meses rellené el cuestionario de salud de Farmacia Nova para que me enviaran
un tratamiento para la migraña. Ya no lo tomo y no me siento cómoda con que tengáis esa
información. Retiro el consentimiento que di para tratar mis datos de salud y os pido
que borréis las respuestas del cuestionario.

Contestadme a mi correo personal, por favor, no al de casa, que lo leemos todos.

Elena Ortiz
""",
    R(["Opposition", "Erasure"], "elena.ortiz.d@correo.example", "Elena", "Ortiz Delgado"),
    headers=["Reply-To: Elena Ortiz Delgado <elena.ortiz.d@correo.example>"])

add("es-19-rv-baja-hubdesk", "Nuria Blasco <nuria.blasco@acme-corp.example>",
    "RV: Darme de baja de HubDesk",
    """\
Hola equipo de privacidad,

os reenvío este correo que nos ha llegado a recepción de HubDesk Valencia. Creo que
es cosa vuestra.

Gracias,
Nuria

Nuria Blasco | Community Manager | HubDesk Valencia Ruzafa

-----Mensaje original-----
De: Francisco Javier León Carmona <fjleon@autonomos.example>
Enviado el: viernes, 13 de noviembre de 2026 17:42
Para: valencia@hubdesk.example
Asunto: Darme de baja de HubDesk

Hola, dejé el coworking a final de octubre. Quiero que quitéis mi perfil de la app,
la foto de la tarjeta de acceso y todos mis datos, no quiero que quede nada.

Un saludo,
Fran León
""",
    R(["Erasure"], "fjleon@autonomos.example", "Francisco Javier", "León Carmona"))

add("es-20-rv-adjunto-cuestionario", "Óscar Domínguez <oscar.dominguez@acme-corp.example>",
    "RV: Consulta sobre mi cuestionario", "",
    R(["Access"], "inma.vega@correo.example", "Inmaculada", "Vega Santos"),
    note="""\
Buenas, nos llega esto al buzón de atención farmacéutica. La clienta quiere ver lo que
contestó en el cuestionario y lo que anotó el farmacéutico. ¿Lo gestionáis vosotros?

Óscar Domínguez
Farmacéutico adjunto – Farmacia Nova
""",
    attached=("Inmaculada Vega Santos <inma.vega@correo.example>", "Consulta sobre mi cuestionario",
              """\
Hola,

quisiera que me remitieseis una copia de mi cuestionario de salud y de las notas que
hizo el farmacéutico cuando revisó mi pedido de septiembre. Se lo tengo que enseñar a
mi médica de cabecera.

Gracias,
Inmaculada Vega Santos
"""))

add("es-21-visitas-no-mias", "Paula Herrero Sanz <paula.herrero@correo.example>",
    "Registros de entrada que no son míos",
    """\
Hola,

en el informe mensual de uso que HubDesk envía a mi empresa aparecen a mi nombre varias
entradas al centro de Méndez Álvaro en días en que yo estaba de baja médica. O alguien
ha usado mi tarjeta o el sistema tiene un error.

Mientras lo averiguáis, os pido que no uséis esos registros para nada (ni para facturar
ni para los informes a mi empresa) y que los dejéis congelados. No quiero que se borren
todavía, porque pueden hacer falta para aclarar qué ha pasado.

Paula Herrero Sanz
""",
    R(["Restriction"], "paula.herrero@correo.example", "Paula", "Herrero Sanz"))

add("es-22-solo-newsletter", "Ana Belén Cano <anabelen.cano@correo.example>", "newsletter",
    """\
Buenas. No quiero eliminar mi cuenta de Tixo, que la uso bastante, pero sí dejar de
recibir la newsletter de los jueves y los avisos de "eventos que te pueden gustar".
He probado con el enlace de abajo del correo y da error 500.

Gracias.
""",
    R(["Opposition"], "anabelen.cano@correo.example", "Ana Belén", "Cano"))

add("es-23-pedido-no-llega", "Rafael Torres <rafatorres@correo.example>", "Pedido 88123 no llega",
    """\
Hice un pedido el lunes (nº 88123) con envío urgente y todavía no ha llegado. El
seguimiento no se mueve desde el miércoles. Es medicación que necesito. ¿Me podéis
decir algo?

Rafael Torres
""",
    R(["Unknown"], "rafatorres@correo.example", "Rafael", "Torres"))

add("es-24-de-donde-mi-numero", "Martina Sosa <martusosa@correo-ar.example>",
    "¿De dónde sacaron mi número?",
    """\
Hola, qué tal.

Vivo en Madrid hace dos años (soy de Rosario) y me están llamando de Tixo para venderme
un "pase VIP". Yo no tengo cuenta con ustedes, nunca les compré nada. Necesito saber de
dónde sacaron mi celular, y que lo borren de su base de datos, porque ya van cuatro
llamadas esta semana.

Gracias,
Martina Sosa
""",
    R(["Information", "Erasure"], "martusosa@correo-ar.example", "Martina", "Sosa"))

add("es-25-cuanto-recetas", "Gonzalo Benítez Marín <gbenitez@correo.example>",
    "¿Cuánto tiempo guardáis las recetas?",
    """\
Buenas tardes.

Subí la foto de una receta privada para comprar un antibiótico. ¿Durante cuánto tiempo
conserváis esa imagen y los demás datos del pedido? ¿Se la pasáis a alguien
(aseguradora, laboratorio…)?

Es solo curiosidad, no quiero que borréis nada.

Gonzalo Benítez
""",
    R(["Information"], "gbenitez@correo.example", "Gonzalo", "Benítez Marín"))

add("es-26-testamento-digital", "Carmen Lozano Vidal <carmen.lozano@correo.example>",
    "Testamento digital",
    """\
Buenos días,

estoy preparando mi testamento digital, como permite el artículo 96 de la LOPDGDD.
Tengo cuenta en Tixo, con entradas compradas para la temporada que viene, y también
en Farmacia Nova. Quiero dejar indicado qué hay que hacer con mis datos cuando yo
fallezca: que mi sobrina Irene Lozano Ruiz sea quien pueda pedir que se cierren las
cuentas y que las entradas pendientes se le pasen a ella.

¿Cómo lo formalizo con ustedes? ¿Tienen algún formulario?

Carmen Lozano Vidal
""",
    R(["AdvanceDirectives"], "carmen.lozano@correo.example", "Carmen", "Lozano Vidal"))

add("es-27-apellido-entrada", "Raquel Medina <raquel.medina93@correo.example>",
    "Apellido mal en la entrada",
    """\
Hola!! En mi entrada nominativa para el festival pone "Raquel Medine" en vez de Medina
y en la puerta piden DNI. Me lo podéis cambiar en mis datos? Gracias!!

Enviado desde mi iPhone
""",
    R(["Rectification"], "raquel.medina93@correo.example", "Raquel", "Medina"))

add("es-28-me-voy-de-hubdesk", "Diego Castro Iglesias <diego@castroiglesias.example>",
    "Me voy de HubDesk",
    """\
Buenas tardes, qué pena molestarlos.

A partir de diciembre me cambio a otro coworking. ¿Me regalan mis datos de reservas de
salas y de facturación en un archivo que pueda cargar en la nueva plataforma? Un Excel
o un CSV me sirve. Y una vez me lo envíen, por favor eliminen mi cuenta y mis datos.

Mil gracias,
Diego Castro Iglesias
Bogotá / Madrid
""",
    R(["Portability", "Erasure"], "diego@castroiglesias.example", "Diego", "Castro Iglesias"))

add("es-29-registros-tarjeta", "Silvia Reyes Ortega <silvia.reyes@logistica-iberica.example>",
    "Solicitud de mis registros de acceso",
    """\
Buenos días:

Como usuaria de HubDesk Málaga Soho (tarjeta n.º 4471), les ruego que me faciliten el
detalle de todas las entradas y salidas registradas con mi tarjeta desde mayo, así como
cualquier otro dato personal mío que figure en sus sistemas. Lo pido a título personal,
no en nombre de la empresa.

Atentamente,

Silvia Reyes Ortega
Directora de Operaciones | Logística Ibérica S.A.
T. +34 952 000 111 | M. +34 600 111 222
www.logistica-iberica.example

AVISO LEGAL: Este mensaje se dirige exclusivamente a su destinatario y puede contener
información privilegiada o confidencial. Si no es vd. el destinatario indicado, queda
notificado de que la utilización, divulgación y/o copia sin autorización está
prohibida en virtud de la legislación vigente. Antes de imprimir este mensaje, piense
en el medio ambiente.
""",
    R(["Access"], "silvia.reyes@logistica-iberica.example", "Silvia", "Reyes Ortega"))

add("es-30-curadora-hermano", "Pilar Gracia Lacasa <pilar.gracia@correo.example>",
    "Datos de mi hermano – curatela",
    """\
Buenas tardes,

soy la curadora representativa de mi hermano, Luis Gracia Lacasa, nombrada por el
Juzgado de Primera Instancia n.º 13 de Zaragoza (les adjunto la resolución). Luis compra
su medicación en Farmacia Nova.

He visto que en su ficha la dirección de entrega es la de un antiguo piso tutelado; la
correcta ahora es la mía: Paseo Sagasta 22, 4º B, 50006 Zaragoza. Les pido que la
cambien. Además, quisiera saber qué información de salud tienen registrada de él.

Un saludo,
Pilar Gracia Lacasa
Tel. 676 00 11 22
""",
    R(["Rectification", "Access"], "pilar.gracia@correo.example", "Luis", "Gracia Lacasa",
      representative="Pilar Gracia Lacasa"))

# ---------------------------------------------------------------- tasks

add("es-31-anexo-mensajeria", "Alberto Serrano <alberto.serrano@acme-corp.example>",
    "Contrato con la nueva mensajería – revisión anexo de datos",
    """\
Hola,

a partir de enero Farmacia Nova cambia de operador para las entregas a domicilio
(RápidoExpress). Compras ya tiene el borrador del contrato marco, pero falta el anexo
de encargado del tratamiento. ¿Podéis revisarlo antes del día 30? Está en la carpeta
compartida de Legal.

Ojo, que manejarán nombre, dirección y teléfono y, en algunos envíos, sabrán que el
paquete es medicación refrigerada.

Gracias,
Alberto Serrano
Responsable de Compras y Logística – Farmacia Nova
Ext. 2214
""",
    TASK("alberto.serrano@acme-corp.example", "Alberto", "Serrano"))

add("es-32-eipd-facial", "Laura Pascual Ferrer <laura.pascual@acme-corp.example>",
    "EIPD reconocimiento facial en los tornos",
    """\
Hola,

queremos pilotar en HubDesk Diagonal el acceso por reconocimiento facial en los tornos
en lugar de la tarjeta. Me imagino que antes de nada hay que hacer la evaluación de
impacto. ¿Podemos agendar una reunión la semana que viene para arrancarla? El
proveedor ya nos ha pasado la documentación técnica.

Laura
Head of Workplace Experience
""",
    TASK("laura.pascual@acme-corp.example", "Laura", "Pascual Ferrer"))

add("es-33-rat-cashless", "Miguel Ángel Ortega <miguelangel.ortega@acme-corp.example>",
    "Alta en el registro de actividades: pulseras cashless",
    """\
Buenas,

para la temporada de festivales 2027 Tixo va a gestionar directamente las pulseras
cashless (hasta ahora lo hacía el proveedor). Hay que dar de alta la actividad en el
RAT: recargas, saldo, movimientos, devoluciones, vinculación con la entrada nominativa...
¿Me pasáis la plantilla o lo rellenáis vosotros con lo que os cuente en una llamada?

Miguel Ángel
""",
    TASK("miguelangel.ortega@acme-corp.example", "Miguel Ángel", "Ortega"))

add("es-34-formacion-farmaceuticos", "Elena Campos <elena.campos@acme-corp.example>",
    "Sesión RGPD para los farmacéuticos que entran en diciembre",
    """\
Hola:

En diciembre se incorporan cinco farmacéuticos al equipo de validación de recetas.
¿Podríais darles una sesión de una hora sobre protección de datos de salud (qué pueden
mirar, qué no, cómo contestar a un paciente que pide sus datos)? Nos vendría bien el
martes 15 o el jueves 17 por la mañana.

Elena Campos
RR. HH. – Farmacia Nova
""",
    TASK("elena.campos@acme-corp.example", "Elena", "Campos"))

add("es-35-cuestionario-cliente", "Iván Gutiérrez <ivan.gutierrez@acme-corp.example>",
    "Cuestionario de seguridad y privacidad – cliente corporativo",
    """\
Equipo,

una consultora con 300 puestos en HubDesk nos pide rellenar su cuestionario de
homologación de proveedores: 85 preguntas sobre RGPD, subencargados, transferencias,
cifrado, conservación... Yo me encargo de la parte comercial, pero necesito que
completéis la de privacidad antes del viernes. Os lo comparto en el Drive.

Iván Gutiérrez
Key Account Manager
""",
    TASK("ivan.gutierrez@acme-corp.example", "Iván", "Gutiérrez"))

# ---------------------------------------------------------------- incidents

add("es-36-portatil-ave", "Jorge Rubio Montero <jorge.rubio@acme-corp.example>",
    "Me han robado el portátil en el AVE",
    """\
Esta mañana, en el AVE Madrid–Barcelona, me han robado la mochila con el portátil del
trabajo. Tenía la sesión abierta en el CRM de Tixo y en el escritorio el Excel de
acreditaciones de prensa del festival (nombres, DNI, móviles). Creo que el disco está
cifrado, pero no lo sé seguro. Ya he puesto la denuncia en los Mossos.

¿Qué tengo que hacer ahora?

Jorge Rubio
""",
    INC("jorge.rubio@acme-corp.example", "Jorge", "Rubio Montero"))

add("es-37-he-picado", "Cristina Moya <cristina.moya@acme-corp.example>",
    "creo que he picado",
    """\
Hola, creo que he picado en un correo falso de "Microsoft 365 - su buzón está lleno".
Le di al enlace y puse mi contraseña antes de darme cuenta. Tengo acceso al buzón
compartido de recetas. Ya la he cambiado. Perdón.

Cristina
""",
    INC("cristina.moya@acme-corp.example", "Cristina", "Moya"))

add("es-38-pedido-ajeno", "Tomás Herrera Gil <tomasherrera@correo.example>",
    "Me ha llegado la medicación de otra persona",
    """\
Hola,

hoy he recibido una caja de Farmacia Nova con mi dirección, pero dentro venía la
medicación de otra persona junto con su albarán: nombre completo, dirección en Getafe,
teléfono y el nombre del psiquiatra que le hizo la receta. Mi pedido no venía.

No sé qué hacer con esto; lo guardo hasta que me digáis. Supongo que esa señora tendrá
el mío.

Tomás Herrera
""",
    INC("tomasherrera@correo.example", "Tomás", "Herrera Gil"))

add("es-39-entradas-de-otro", "Noelia Santos <noelia.santos@correo.example>",
    "Veo las entradas de otra persona en mi cuenta",
    """\
Al entrar en la app me aparecen tres entradas que no he comprado, a nombre de un tal
Alejandro, con su DNI y su teléfono. He cerrado sesión, he vuelto a entrar y siguen
ahí. Os aviso porque esto no debería pasar, y si yo veo las suyas igual él ve las mías.

Noelia
""",
    INC("noelia.santos@correo.example", "Noelia", "Santos"))

add("es-40-cc-socios", "Marcos Delgado <marcos.delgado@acme-corp.example>",
    "Error: correo a socios con direcciones visibles",
    """\
Hola,

hace una hora he mandado el aviso de obras del centro de Sevilla a los 212 socios poniendo
las direcciones en CC en lugar de CCO. Ya hay dos personas que han contestado a todos.
He intentado recuperar el mensaje, pero Outlook no me deja.

Marcos Delgado
Centre Manager – HubDesk Sevilla Nervión
""",
    INC("marcos.delgado@acme-corp.example", "Marcos", "Delgado"))

# ---------------------------------------------------------------- follow-ups

add("es-41-sin-respuesta", "Fernando Gil Alcántara <fgilalcantara@correo.example>",
    "RE: [DSR-40817] Hemos recibido su solicitud",
    """\
Ha pasado más de un mes desde vuestro acuse de recibo y sigo sin noticias. Les recuerdo
que el plazo es de un mes. Si esta semana no recibo nada, presentaré una reclamación
ante la AEPD.

Fernando Gil

> Estimado/a cliente:
> Hemos recibido su solicitud de acceso, registrada con la referencia DSR-40817.
> Le responderemos en el plazo máximo de un mes.
> Equipo de Privacidad – Farmacia Nova
""",
    FU("40817", "fgilalcantara@correo.example", "Fernando", "Gil Alcántara"))

add("es-42-re-reventa", "Lucía Navarro Pérez <lucia.navarro.p@correo.example>",
    "Re: Cuenta bloqueada para reventa sin explicación",
    """\
Han pasado dos semanas desde mi correo y la reventa sigue bloqueada. El concierto es
el sábado 5. ¿Alguien lo está mirando?

Lucía
""",
    FU(ref("es-10-reventa-bloqueada"), "lucia.navarro.p@correo.example", "Lucía", "Navarro Pérez"),
    headers=irt("es-10-reventa-bloqueada"))

add("es-43-dni-adjunto", "Yolanda Prieto <yolanda.prieto@correo.example>",
    "Re: [DSR-41230] Verificación de identidad",
    """\
Buenas, os adjunto la copia del DNI por las dos caras, como me pedisteis, para seguir
con la supresión.

Saludos,
Yolanda Prieto Soler
""",
    FU("41230", "yolanda.prieto@correo.example", "Yolanda", "Prieto Soler"))

add("es-44-re-me-voy", "Diego Castro Iglesias <diego@castroiglesias.example>",
    "RE: Me voy de HubDesk",
    """\
Hola de nuevo. Ya estoy dado de alta en el coworking nuevo y me piden el archivo para
importar mis reservas. ¿Me lo pueden enviar esta semana? Después ya pueden proceder
con lo demás.

Diego
""",
    FU(ref("es-28-me-voy-de-hubdesk"), "diego@castroiglesias.example", "Diego", "Castro Iglesias"),
    headers=irt("es-28-me-voy-de-hubdesk"))

# ---------------------------------------------------------------- ignored

add("es-45-spam-borra-datos", "BorraYa Protección <ofertas@borra-ya.example>",
    "Sus datos personales están expuestos en 127 webs: elimínelos HOY",
    """\
Estimado usuario:

Hemos detectado que su nombre, teléfono y dirección aparecen en 127 bases de datos
de brokers y webs de búsqueda de personas.

Con BorraYa PREMIUM eliminamos sus datos personales de Internet en 24 horas y
protegemos su privacidad para siempre. Ejercemos por usted el derecho al olvido ante
todas las empresas.

OFERTA SOLO HOY: -70 % -> 9,99 EUR/mes
Pulse aquí para activar su protección: http://borra-ya.example/activar

Si no desea recibir más comunicaciones, ignore este mensaje.
""",
    IGN("spam", "ofertas@borra-ya.example"), headers=SPAM_HDR)

add("es-46-phishing-reembolso", "Agencia Tributaria <avisos@agencia-reembolsos.example>",
    "Tiene un reembolso pendiente de 348,50 EUR",
    """\
Estimado contribuyente,

Tras los últimos cálculos anuales de su actividad fiscal, hemos determinado que tiene
derecho a recibir un reembolso de 348,50 EUR.

Para recibirlo, complete el formulario con los datos de su tarjeta en un plazo de 48 h:
http://agencia-reembolsos.example/formulario

Atentamente,
Departamento de Devoluciones
""",
    IGN("spam", "avisos@agencia-reembolsos.example"),
    headers=[AUTH(spf="fail", dkim="none", dmarc="fail", dom="agencia-reembolsos.example")])

add("es-47-seo-rgpd", "Daniel | Crece Online <daniel@creceonline-seo.example>",
    "Farmacia Nova en la primera página de Google + auditoría RGPD gratis",
    """\
Hola, ¿qué tal?

He visto la web de Farmacia Nova y creo que estáis perdiendo muchísimo tráfico
orgánico. Trabajamos con más de 200 farmacias online y les conseguimos posicionar en
el top 3 para "comprar medicamentos online" en menos de 90 días.

Además, este mes regalamos una auditoría de cumplimiento RGPD y cookies de vuestra web
para que no os multen.

¿Te va bien una llamada de 15 minutos el martes?

Daniel
Growth Partner | Crece Online
""",
    IGN("spam", "daniel@creceonline-seo.example"))

add("es-48-fuera-oficina", "Gloria Fuentes <gloria.fuentes@limpiezas-levante.example>",
    "Respuesta automática: Anexo de encargado del tratamiento – firma",
    """\
Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 23 de noviembre,
con acceso limitado al correo. Para asuntos urgentes puede contactar con
administracion@limpiezas-levante.example o llamar al 963 000 444.

Gloria Fuentes
""",
    IGN("auto_reply", "gloria.fuentes@limpiezas-levante.example"),
    headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])

add("es-49-boletin", "Privacidad al Día <boletin@privacidadaldia.example>",
    "Privacidad al Día nº 212: sanciones de octubre y derecho de supresión",
    """\
PRIVACIDAD AL DÍA – Boletín semanal nº 212

1. La autoridad de control sanciona con 200.000 EUR a una cadena de gimnasios por no
   atender solicitudes de supresión.
2. Guía práctica: cómo responder a un derecho de acceso en un mes.
3. Videovigilancia en espacios de trabajo compartidos: lo que dice la última resolución.

Recibe este boletín porque se suscribió en privacidadaldia.example.
Darse de baja: https://privacidadaldia.example/baja?u=8812
""",
    IGN("bulk", "boletin@privacidadaldia.example"),
    headers=["List-Id: Privacidad al Dia <boletin.privacidadaldia.example>",
             "List-Unsubscribe: <mailto:baja@privacidadaldia.example?subject=baja>, <https://privacidadaldia.example/baja?u=8812>",
             "Precedence: bulk"])

add("es-50-rebote", "Mail Delivery System <MAILER-DAEMON@mx.acme-corp.example>",
    "Notificación de estado de entrega (error)", "",
    IGN("bounce", "MAILER-DAEMON@mx.acme-corp.example"), dsn=True)
